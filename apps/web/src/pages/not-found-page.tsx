import { Link } from 'react-router-dom';
import { PageTitle } from '../components/page-title';

/** Also shown inside pages whose board, thread or member does not exist. */
export default function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <section className="narrow">
      <PageTitle>{`This ${what} is not here`}</PageTitle>
      <p>
        It may have moved or never existed. <Link to="/">See all boards</Link>.
      </p>
    </section>
  );
}
