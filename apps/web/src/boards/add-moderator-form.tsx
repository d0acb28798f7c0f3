import { AddBoardModeratorDocument } from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import type { BoardChange } from './board-change';

export function AddModeratorForm({
  boardId,
  onChange,
}: {
  boardId: string;
  onChange: (change: BoardChange) => void;
}) {
  const [handle, setHandle] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation(async () => {
    const cleanHandle = handle.trim().replace(/^@/, '');
    onChange(
      (await request(AddBoardModeratorDocument, { boardId, handle: cleanHandle }))
        .addBoardModerator,
    );
    setAdded(cleanHandle);
    setHandle('');
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    if (handle.trim()) void add.run();
  }

  return (
    <form onSubmit={submit} aria-labelledby="add-moderator-heading">
      <h3 id="add-moderator-heading">Add a moderator</h3>
      <FormField
        label="Member's handle"
        hint="They join the board if they have not yet."
        value={handle}
        onChange={(event) => setHandle(event.target.value)}
        autoComplete="off"
        required
      />
      <ErrorNotice message={add.error} />
      {added ? <p role="status">@{added} is now a moderator.</p> : null}
      <button className="button button--small" type="submit" disabled={add.pending}>
        Add moderator
      </button>
    </form>
  );
}
