import { Link } from 'react-router-dom';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { useViewer } from '../session/viewer-context';
import { DataExport } from '../settings/data-export';
import { DeleteAccount } from '../settings/delete-account';
import { EmailSettings } from '../settings/email-settings';
import { NotificationEmailSettings } from '../settings/notification-email-settings';
import { ProfileSettings } from '../settings/profile-settings';
import { SessionsSettings } from '../settings/sessions-settings';

export default function SettingsPage() {
  const { viewer } = useViewer();
  if (viewer === undefined) return <Loading />;
  if (viewer === null) {
    return (
      <section className="narrow">
        <PageTitle>Settings</PageTitle>
        <p>
          <Link to="/signin?next=/settings">Sign in</Link> to change your account.
        </p>
      </section>
    );
  }
  return (
    <section className="narrow settings">
      <PageTitle>Settings</PageTitle>
      <ProfileSettings viewer={viewer} />
      <EmailSettings />
      <NotificationEmailSettings />
      <SessionsSettings />
      <DataExport />
      <DeleteAccount />
    </section>
  );
}
