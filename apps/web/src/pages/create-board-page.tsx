import { CreateBoardDocument } from '@boardwalk/client';
import { BoardLimits } from '@boardwalk/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { useViewer } from '../session/viewer-context';

/** One short form, no approval step: the board exists as soon as it is sent. */
export default function CreateBoardPage() {
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useMutation(async () => {
    const { createBoard } = await request(CreateBoardDocument, {
      input: { name: name.trim(), description: description.trim() },
    });
    void navigate(`/b/${createBoard.slug}`);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void create.run();
  }

  if (viewer === undefined) return <Loading />;
  if (viewer === null) {
    return (
      <section className="narrow">
        <PageTitle>Create a board</PageTitle>
        <p>
          <Link to="/signin?next=/boards/new">Sign in</Link> or <Link to="/signup">sign up</Link> to
          start a board.
        </p>
      </section>
    );
  }

  return (
    <section className="narrow">
      <PageTitle>Create a board</PageTitle>
      <p>Pick a topic people want to talk about. You will be its first moderator.</p>
      {viewer.emailVerified === false ? (
        <p className="notice">Confirm your email address first: open the link we sent you.</p>
      ) : null}
      <form onSubmit={submit}>
        <FormField
          label="Name"
          value={name}
          minLength={BoardLimits.nameMinLength}
          maxLength={BoardLimits.nameMaxLength}
          onChange={(event) => setName(event.target.value)}
          required
        />
        <div className="field">
          <label htmlFor="board-description">What is it about? (optional)</label>
          <textarea
            id="board-description"
            rows={3}
            maxLength={BoardLimits.descriptionMaxLength}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <ErrorNotice message={create.error} />
        <button className="button" type="submit" disabled={create.pending}>
          Create the board
        </button>
      </form>
    </section>
  );
}
