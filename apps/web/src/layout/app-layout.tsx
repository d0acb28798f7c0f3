import { Suspense } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { Loading } from '../components/loading';
import { AccountMenu } from './account-menu';
import { SearchForm } from './search-form';
import { VerifyEmailBanner } from './verify-email-banner';

export function AppLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link className="site-header__brand" to="/">
          Boardwalk
        </Link>
        <SearchForm />
        <AccountMenu />
      </header>
      <VerifyEmailBanner />
      <main id="main" className="site-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <Link to="/moderation">Moderation log</Link>
        <span className="muted">Moderation on Boardwalk happens in the open.</span>
      </footer>
    </>
  );
}
