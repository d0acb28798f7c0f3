import { UpdateBoardDocument } from '@boardwalk/client';
import { BoardLimits } from '@boardwalk/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import type { BoardChange } from './board-change';

interface BoardDescriptionFormProps {
  boardId: string;
  description: string;
  onChange: (change: BoardChange) => void;
}

export function BoardDescriptionForm({
  boardId,
  description,
  onChange,
}: BoardDescriptionFormProps) {
  const [draft, setDraft] = useState(description);
  const [saved, setSaved] = useState(false);
  const save = useMutation(async () => {
    const { updateBoard } = await request(UpdateBoardDocument, {
      input: { boardId, description: draft.trim() },
    });
    onChange(updateBoard);
    setSaved(true);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void save.run();
  }

  return (
    <form onSubmit={submit} aria-labelledby="board-description-heading">
      <h3 id="board-description-heading">Description</h3>
      <div className="field">
        <label htmlFor="board-description">What is this board about?</label>
        <textarea
          id="board-description"
          rows={3}
          maxLength={BoardLimits.descriptionMaxLength}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      <ErrorNotice message={save.error} />
      {saved ? <p role="status">Description saved.</p> : null}
      <button className="button button--small" type="submit" disabled={save.pending}>
        Save description
      </button>
    </form>
  );
}
