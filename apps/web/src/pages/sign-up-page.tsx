import { SignUpDocument } from '@boardwalk/client';
import { AccountLimits } from '@boardwalk/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { PageTitle } from '../components/page-title';
import { suggestHandle, validateSignUp } from '../forms/account-validation';
import type { FieldErrors, SignUpValues } from '../forms/account-validation';
import { useViewer } from '../session/viewer-context';

export default function SignUpPage() {
  const { setViewer } = useViewer();
  const [values, setValues] = useState<SignUpValues>({
    displayName: '',
    handle: '',
    email: '',
    password: '',
  });
  const [handleEdited, setHandleEdited] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<SignUpValues>>({});
  const [signedUpEmail, setSignedUpEmail] = useState<string | null>(null);
  const signUp = useMutation(async (input: SignUpValues) => {
    const { signUp: payload } = await request(SignUpDocument, { input });
    setViewer(payload.user);
    setSignedUpEmail(input.email);
  });

  function change(field: keyof SignUpValues, value: string) {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'displayName' && !handleEdited) next.handle = suggestHandle(value);
      return next;
    });
    if (field === 'handle') setHandleEdited(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSignUp(values);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      void signUp.run({
        ...values,
        email: values.email.trim(),
        displayName: values.displayName.trim(),
      });
    }
  }

  if (signedUpEmail) return <CheckYourInbox email={signedUpEmail} />;

  return (
    <section className="narrow">
      <PageTitle>Join Boardwalk</PageTitle>
      <p>Start boards on what you care about and talk with the people who build the product.</p>
      <form onSubmit={submit} noValidate>
        <FormField
          label="Your name"
          autoComplete="name"
          value={values.displayName}
          maxLength={AccountLimits.displayNameMaxLength}
          onChange={(event) => change('displayName', event.target.value)}
          error={errors.displayName}
          required
        />
        <FormField
          label="Handle"
          hint="How people @mention you: lower-case letters, digits and underscores."
          autoComplete="username"
          value={values.handle}
          onChange={(event) => change('handle', event.target.value)}
          error={errors.handle}
          required
        />
        <FormField
          label="Email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(event) => change('email', event.target.value)}
          error={errors.email}
          hint="Staff: use your company address to get the staff badge."
          required
        />
        <FormField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${AccountLimits.passwordMinLength} characters.`}
          value={values.password}
          onChange={(event) => change('password', event.target.value)}
          error={errors.password}
          required
        />
        <ErrorNotice message={signUp.error} />
        <button className="button" type="submit" disabled={signUp.pending}>
          {signUp.pending ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already a member? <Link to="/signin">Sign in</Link>
      </p>
    </section>
  );
}

/** After sign-up: where the verification link went, including when no mail server is set up. */
function CheckYourInbox({ email }: { email: string }) {
  return (
    <section className="narrow">
      <PageTitle>Check your inbox</PageTitle>
      <p>
        We sent a link to <strong>{email}</strong>. Open it to confirm your address; then you can
        create boards and post.
      </p>
      <p className="muted">
        Running your own Boardwalk without a mail server? The link is printed in the server log and
        saved as an <code>.eml</code> file in <code>data/outbox</code> (under <code>DATA_DIR</code>
        ).
      </p>
      <p>
        <Link to="/">Browse the boards meanwhile</Link>
      </p>
    </section>
  );
}
