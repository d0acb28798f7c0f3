import { DeleteAccountDocument } from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { useViewer } from '../session/viewer-context';

export function DeleteAccount() {
  const { setViewer } = useViewer();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [eraseContent, setEraseContent] = useState(false);
  const remove = useMutation(async () => {
    await request(DeleteAccountDocument, { password, eraseContent });
    setViewer(null);
    void navigate('/');
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (window.confirm('Delete your account for good? This cannot be undone.')) void remove.run();
  }

  return (
    <form className="panel panel--danger" onSubmit={submit} aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete account</h2>
      <p className="muted">
        Removes your email, password, sessions and profile. Your posts stay under “Deleted member”
        unless you choose to erase them.
      </p>
      <div className="field field--checkbox">
        <input
          id="erase-content"
          type="checkbox"
          checked={eraseContent}
          onChange={(event) => setEraseContent(event.target.checked)}
        />
        <label htmlFor="erase-content">Also erase everything I posted</label>
      </div>
      <FormField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        required
      />
      <ErrorNotice message={remove.error} />
      <button className="button button--danger" type="submit" disabled={remove.pending}>
        Delete my account
      </button>
    </form>
  );
}
