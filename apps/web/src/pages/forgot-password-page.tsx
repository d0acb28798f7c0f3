import { RequestPasswordResetDocument } from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { PageTitle } from '../components/page-title';

export default function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const requestReset = useMutation(async () => {
    await request(RequestPasswordResetDocument, { email: email.trim() });
    setSent(true);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void requestReset.run();
  }

  return (
    <section className="narrow">
      <PageTitle>Reset your password</PageTitle>
      {sent ? (
        <p role="status">
          If <strong>{email}</strong> has an account, a reset link is on its way. It works once,
          within an hour. Without a mail server, it is in the server log and in{' '}
          <code>data/outbox</code>.
        </p>
      ) : (
        <form onSubmit={submit}>
          <FormField
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
          />
          <ErrorNotice message={requestReset.error} />
          <button className="button" type="submit" disabled={requestReset.pending}>
            Send the reset link
          </button>
        </form>
      )}
    </section>
  );
}
