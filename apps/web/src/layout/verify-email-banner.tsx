import { ResendVerificationDocument } from '@boardwalk/client';
import { useState } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { useViewer } from '../session/viewer-context';

/** Reminds a signed-up member that posting waits for their email link, and offers a new one. */
export function VerifyEmailBanner() {
  const { viewer } = useViewer();
  const [sent, setSent] = useState(false);
  const resend = useMutation(async () => {
    await request(ResendVerificationDocument);
    setSent(true);
  });
  if (!viewer || viewer.emailVerified !== false) return null;
  return (
    <div className="banner" role="status">
      <p>
        Confirm your email address to create boards and post: open the link we sent you.
        {sent ? ' A new link is on its way.' : null}
      </p>
      {!sent ? (
        <button
          className="button button--small button--quiet"
          type="button"
          disabled={resend.pending}
          onClick={() => void resend.run()}
        >
          Send the link again
        </button>
      ) : null}
      {resend.error ? <p role="alert">{resend.error}</p> : null}
    </div>
  );
}
