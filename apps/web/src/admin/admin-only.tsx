import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { useViewer } from '../session/viewer-context';

/** Admin screens render for admins; the API refuses everyone else anyway. */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const { viewer } = useViewer();
  const location = useLocation();
  if (viewer === undefined) return <Loading />;
  if (!viewer?.isAdmin) {
    return (
      <section className="narrow">
        <PageTitle>{title}</PageTitle>
        {viewer ? (
          <p>This page is for admins.</p>
        ) : (
          <p>
            <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> with
            an admin account to see this page.
          </p>
        )}
      </section>
    );
  }
  return <>{children}</>;
}
