import { BoardNameDocument } from '@boardwalk/client';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { useQuery } from '../api/use-query';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { ModerationLogList } from '../moderation/moderation-log-list';
import NotFoundPage from './not-found-page';

export default function BoardModerationLogPage() {
  const { slug = '' } = useParams();
  const { data, error, loading } = useQuery(BoardNameDocument, { slug });

  if (loading && !data) return <Loading />;
  if (error) return <ErrorNotice message={errorMessage(error)} />;
  const board = data?.board;
  if (!board) return <NotFoundPage what="board" />;

  return (
    <section>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/b/${board.slug}`}>{board.name}</Link> ›{' '}
        <Link to="/moderation">All boards&apos; moderation</Link>
      </nav>
      <PageTitle>{`Moderation log: ${board.name}`}</PageTitle>
      <ModerationLogList boardId={board.id} />
    </section>
  );
}
