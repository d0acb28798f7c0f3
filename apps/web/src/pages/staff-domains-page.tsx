import { Link } from 'react-router-dom';
import { AdminOnly } from '../admin/admin-only';
import { StaffDomainsEditor } from '../admin/staff-domains-editor';
import { PageTitle } from '../components/page-title';

export default function StaffDomainsPage() {
  return (
    <AdminOnly title="Staff domains">
      <section className="narrow">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to="/admin">Admin</Link>
        </nav>
        <PageTitle>Staff domains</PageTitle>
        <p className="lead">
          Anyone who verifies an email at one of these domains is staff at once and replies under
          their own name with a staff badge.
        </p>
        <StaffDomainsEditor />
      </section>
    </AdminOnly>
  );
}
