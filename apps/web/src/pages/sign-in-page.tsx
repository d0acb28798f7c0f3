import { SignInDocument } from '@boardwalk/client';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { PageTitle } from '../components/page-title';
import { useViewer } from '../session/viewer-context';

/** Only same-site paths are followed after sign-in, so a link cannot send members elsewhere. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default function SignInPage() {
  const { setViewer } = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(async () => {
    const { signIn: payload } = await request(SignInDocument, {
      input: { email: email.trim(), password },
    });
    setViewer(payload.user);
    void navigate(safeReturnPath(params.get('next')));
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void signIn.run();
  }

  return (
    <section className="narrow">
      <PageTitle>Sign in</PageTitle>
      <form onSubmit={submit}>
        <FormField
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
        />
        <FormField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <ErrorNotice message={signIn.error} />
        <button className="button" type="submit" disabled={signIn.pending}>
          {signIn.pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link to="/signup">Create an account</Link>
      </p>
    </section>
  );
}
