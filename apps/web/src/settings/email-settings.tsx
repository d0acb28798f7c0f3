import { ChangeEmailDocument, MyEmailDocument } from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { useQuery } from '../api/use-query';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';

export function EmailSettings() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const current = useQuery(MyEmailDocument, {});
  const me = current.data?.me;
  const change = useMutation(async () => {
    await request(ChangeEmailDocument, { email: email.trim(), password });
    setSentTo(email.trim());
    setEmail('');
    setPassword('');
    await current.reload();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void change.run();
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="email-heading">
      <h2 id="email-heading">Email address</h2>
      {me?.email ? (
        <p>
          You sign in with <strong>{me.email}</strong>
          {me.emailVerified === false ? ' (not confirmed yet)' : ''}.
        </p>
      ) : null}
      {me?.pendingEmail ? (
        <p className="notice">
          Waiting for confirmation: <strong>{me.pendingEmail}</strong>. Open the link we sent there
          to start using it.
        </p>
      ) : null}
      <p className="muted">
        Your current address stays until you open the link we send to the new one. Staff status
        follows the new address.
      </p>
      <FormField
        label="New email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        required
      />
      <FormField
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        required
      />
      <ErrorNotice message={change.error} />
      {sentTo ? <p role="status">We sent a confirmation link to {sentTo}.</p> : null}
      <button className="button" type="submit" disabled={change.pending}>
        Change email
      </button>
    </form>
  );
}
