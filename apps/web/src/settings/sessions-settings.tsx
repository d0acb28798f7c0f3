import { MySessionsDocument, RevokeSessionDocument, SignOutDocument } from '@boardwalk/client';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { useQuery } from '../api/use-query';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { RelativeTime } from '../components/relative-time';
import { useViewer } from '../session/viewer-context';

/** The devices signed in to this account, each one revocable. */
export function SessionsSettings() {
  const { setViewer } = useViewer();
  const navigate = useNavigate();
  const { data, error, loading, update } = useQuery(MySessionsDocument, {});
  const revoke = useMutation(async (id: string) => {
    await request(RevokeSessionDocument, { id });
    update((current) => ({
      mySessions: current.mySessions.filter((session) => session.id !== id),
    }));
  });
  const signOutEverywhere = useMutation(async () => {
    await request(SignOutDocument, { everywhere: true });
    setViewer(null);
    void navigate('/signin');
  });

  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Signed-in devices</h2>
      {loading && !data ? <Loading /> : null}
      <ErrorNotice
        message={error ? errorMessage(error) : (revoke.error ?? signOutEverywhere.error)}
      />
      <ul className="session-list">
        {data?.mySessions.map((session) => (
          <li key={session.id} className="session-list__item">
            <div>
              <strong>{session.userAgent ?? 'Unknown device'}</strong>
              {session.current ? <span className="tag">This device</span> : null}
              <p className="muted">
                Signed in <RelativeTime iso={session.createdAt} />, last seen{' '}
                <RelativeTime iso={session.lastSeenAt} />
              </p>
            </div>
            {!session.current ? (
              <button
                className="button button--small button--quiet"
                type="button"
                disabled={revoke.pending}
                onClick={() => void revoke.run(session.id)}
              >
                Sign out this device
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <button
        className="button button--quiet"
        type="button"
        disabled={signOutEverywhere.pending}
        onClick={() => void signOutEverywhere.run()}
      >
        Sign out everywhere
      </button>
    </section>
  );
}
