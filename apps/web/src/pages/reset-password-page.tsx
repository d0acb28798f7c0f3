import { ResetPasswordDocument } from '@boardwalk/client';
import { AccountLimits } from '@boardwalk/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { PageTitle } from '../components/page-title';
import { passwordError } from '../forms/account-validation';

export default function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const reset = useMutation(async () => {
    await request(ResetPasswordDocument, { token, password });
    setDone(true);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = passwordError(password);
    setFieldError(problem);
    if (!problem) void reset.run();
  }

  return (
    <section className="narrow">
      <PageTitle>Choose a new password</PageTitle>
      {done ? (
        <p role="status">
          Your password is changed and every device was signed out.{' '}
          <Link to="/signin">Sign in with the new password</Link>.
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormField
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${AccountLimits.passwordMinLength} characters.`}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldError}
            required
          />
          <ErrorNotice message={token ? reset.error : 'This link has no token.'} />
          <button className="button" type="submit" disabled={reset.pending || !token}>
            Set the password
          </button>
        </form>
      )}
    </section>
  );
}
