import { Link } from 'react-router-dom';
import { AdminOnly } from '../admin/admin-only';
import { PageTitle } from '../components/page-title';

export default function AdminPage() {
  return (
    <AdminOnly title="Admin">
      <section className="narrow">
        <PageTitle>Admin</PageTitle>
        <ul className="card-list">
          <li className="card">
            <h2 className="card__title">
              <Link to="/admin/growth">Growth reports</Link>
            </h2>
            <p className="card__text">
              Is the community talking to itself? Active members, member-to-member replies, staff
              replies and first response times, by day, week or month.
            </p>
          </li>
          <li className="card">
            <h2 className="card__title">
              <Link to="/admin/staff-domains">Staff domains</Link>
            </h2>
            <p className="card__text">
              Email domains whose verified accounts are staff, with no approval step.
            </p>
          </li>
          <li className="card">
            <h2 className="card__title">
              <Link to="/moderation">Moderation log</Link>
            </h2>
            <p className="card__text">What moderators and the system did, in public.</p>
          </li>
        </ul>
      </section>
    </AdminOnly>
  );
}
