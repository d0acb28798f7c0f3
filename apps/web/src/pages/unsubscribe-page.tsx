import { UnsubscribeDocument } from '@boardwalk/client';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { request } from '../api/graphql-client';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';

type Outcome = { state: 'working' } | { state: 'done' } | { state: 'failed'; message: string };

/** Where a mail's unsubscribe link lands: turns notification mail off, signed in or not. */
export default function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome>({ state: 'working' });
  // StrictMode runs effects twice in development; one request is enough (it is idempotent anyway).
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
    request(UnsubscribeDocument, { token })
      .then(() => setOutcome({ state: 'done' }))
      .catch((error: unknown) => setOutcome({ state: 'failed', message: errorMessage(error) }));
  }, [token]);

  return (
    <section className="narrow">
      <PageTitle>Notification mail</PageTitle>
      {outcome.state === 'working' ? <Loading label="Turning notification mail off…" /> : null}
      {outcome.state === 'done' ? (
        <>
          <p role="status">You will get no more notification mail from Boardwalk.</p>
          <p>
            Notifications still wait for you in the app. You can choose a daily digest again in{' '}
            <Link to="/settings">Settings</Link>.
          </p>
        </>
      ) : null}
      {outcome.state === 'failed' ? (
        <>
          <ErrorNotice message={outcome.message} />
          <p>
            You can also turn mail off in <Link to="/settings">Settings</Link> after signing in.
          </p>
        </>
      ) : null}
    </section>
  );
}
