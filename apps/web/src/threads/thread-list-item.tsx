import type { ThreadSummaryFieldsFragment } from '@boardwalk/client';
import { Link } from 'react-router-dom';
import { AuthorName } from '../components/author-name';
import { plural } from '../components/plural';
import { RelativeTime } from '../components/relative-time';

interface ThreadListItemProps {
  thread: ThreadSummaryFieldsFragment;
  boardSlug: string;
  /** Shown in search results, where threads come from many boards. */
  boardName?: string;
}

export function ThreadListItem({ thread, boardSlug, boardName }: ThreadListItemProps) {
  return (
    <article className="card thread-item">
      <h3 className="card__title">
        <Link to={`/b/${boardSlug}/t/${thread.id}`}>{thread.title}</Link>
        {thread.acceptedAnswer ? <span className="tag">Answered</span> : null}
        {thread.firstStaffReplyAt ? <span className="tag tag--staff">Staff replied</span> : null}
      </h3>
      <p className="card__meta">
        {boardName ? (
          <>
            in <Link to={`/b/${boardSlug}`}>{boardName}</Link> ·{' '}
          </>
        ) : null}
        by <AuthorName author={thread.author} /> · {plural(thread.replyCount, 'reply', 'replies')} ·
        last activity <RelativeTime iso={thread.lastActivityAt} />
      </p>
    </article>
  );
}
