import { UserProfileDocument } from '@boardwalk/client';
import { useParams } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { useQuery } from '../api/use-query';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { StaffBadge } from '../components/staff-badge';
import NotFoundPage from './not-found-page';

export default function ProfilePage() {
  const { handle = '' } = useParams();
  const { data, error, loading } = useQuery(UserProfileDocument, { handle });

  if (loading && !data) return <Loading />;
  if (error) return <ErrorNotice message={errorMessage(error)} />;
  const user = data?.user;
  if (!user) return <NotFoundPage what="member" />;

  return (
    <section className="narrow profile">
      <PageTitle>{user.displayName}</PageTitle>
      <p className="profile__handle">
        @{user.handle}
        {user.isStaff ? (
          <>
            {' '}
            <StaffBadge title={user.staffTitle} />
          </>
        ) : null}
      </p>
      {user.bio ? <p className="profile__bio">{user.bio}</p> : null}
      <p className="muted">
        Member since{' '}
        <time dateTime={user.createdAt}>
          {new Date(user.createdAt).toLocaleDateString('en', { year: 'numeric', month: 'long' })}
        </time>
      </p>
    </section>
  );
}
