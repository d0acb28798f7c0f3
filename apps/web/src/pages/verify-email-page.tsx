import { VerifyEmailDocument } from '@boardwalk/client';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { request } from '../api/graphql-client';
import { errorMessage } from '../api/error-message';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { useViewer } from '../session/viewer-context';

type Outcome = { state: 'checking' } | { state: 'verified' } | { state: 'failed'; message: string };

/** Where the mailed link lands: confirms the address once, then points to the boards. */
export default function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { refreshViewer } = useViewer();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'checking' });
  // A token is single-use: StrictMode's second effect run must not spend it twice.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    if (!token) {
      setOutcome({
        state: 'failed',
        message: 'This link has no token. Open the link from the mail.',
      });
      return;
    }
    request(VerifyEmailDocument, { token })
      .then(async () => {
        setOutcome({ state: 'verified' });
        await refreshViewer();
      })
      .catch((error: unknown) => setOutcome({ state: 'failed', message: errorMessage(error) }));
  }, [token, refreshViewer]);

  return (
    <section className="narrow">
      <PageTitle>Confirm your email</PageTitle>
      {outcome.state === 'checking' ? <Loading label="Confirming your address…" /> : null}
      {outcome.state === 'verified' ? (
        <>
          <p role="status">Your email address is confirmed. Welcome to Boardwalk!</p>
          <p>
            <Link className="button" to="/">
              Find a board or start your own
            </Link>
          </p>
        </>
      ) : null}
      {outcome.state === 'failed' ? (
        <>
          <ErrorNotice message={outcome.message} />
          <p>Signed in? The banner at the top of the page sends a new link.</p>
        </>
      ) : null}
    </section>
  );
}
