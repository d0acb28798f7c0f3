import { SignOutDocument } from '@boardwalk/client';
import { Link, useNavigate } from 'react-router-dom';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { NotificationMenu } from '../notifications/notification-menu';
import { useNotifications } from '../notifications/use-notifications';
import { useViewer } from '../session/viewer-context';

/** Sign in / sign up links, or the member's notifications, name, settings and sign out. */
export function AccountMenu() {
  const { viewer, setViewer } = useViewer();
  const navigate = useNavigate();
  const notifications = useNotifications(!!viewer);

  const signOut = useMutation(async () => {
    await request(SignOutDocument, { everywhere: false });
    setViewer(null);
    void navigate('/');
  });

  if (viewer === undefined) return <nav className="account-menu" aria-label="Account" />;
  if (viewer === null) {
    return (
      <nav className="account-menu" aria-label="Account">
        <Link to="/signin">Sign in</Link>
        <Link className="button button--small" to="/signup">
          Sign up
        </Link>
      </nav>
    );
  }
  return (
    <nav className="account-menu" aria-label="Account">
      <NotificationMenu state={notifications} />
      <Link to={`/u/${viewer.handle}`}>{viewer.displayName}</Link>
      {viewer.isAdmin ? <Link to="/admin">Admin</Link> : null}
      <Link to="/settings">Settings</Link>
      <button
        className="button button--small button--quiet"
        type="button"
        disabled={signOut.pending}
        onClick={() => void signOut.run()}
      >
        Sign out
      </button>
      {signOut.error ? (
        <span className="field__error" role="alert">
          {signOut.error}
        </span>
      ) : null}
    </nav>
  );
}
