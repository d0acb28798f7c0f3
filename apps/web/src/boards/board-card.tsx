import type { BoardSummaryFieldsFragment } from '@boardwalk/client';
import { Link } from 'react-router-dom';
import { RelativeTime } from '../components/relative-time';
import { plural } from '../components/plural';

export function BoardCard({ board }: { board: BoardSummaryFieldsFragment }) {
  return (
    <article className="card">
      <h2 className="card__title">
        <Link to={`/b/${board.slug}`}>{board.name}</Link>
        {board.official ? <span className="tag">Official</span> : null}
        {board.incubating ? <span className="tag tag--quiet">New</span> : null}
      </h2>
      {board.description ? <p className="card__text">{board.description}</p> : null}
      <p className="card__meta">
        {plural(board.memberCount, 'member')} · {plural(board.threadCount, 'thread')} · active{' '}
        <RelativeTime iso={board.lastActivityAt} />
      </p>
    </article>
  );
}
