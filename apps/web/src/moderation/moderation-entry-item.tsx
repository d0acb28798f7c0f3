import type { ModerationAction, ModerationLogQuery } from '@boardwalk/client';
import { Link } from 'react-router-dom';
import { AuthorName } from '../components/author-name';
import { RelativeTime } from '../components/relative-time';

export type ModerationEntry = ModerationLogQuery['moderationLog']['edges'][number]['node'];

const ACTION_LABELS: Record<ModerationAction, string> = {
  HIDE_POST: 'Hid a post',
  UNHIDE_POST: 'Showed a post again',
  DISMISS_FLAGS: 'Dismissed flags',
  BOARD_ADOPTED: 'Adopted the board',
  STAFF_GRANTED: 'Became staff',
  STAFF_ENDED: 'Stopped being staff',
};

/** One public log line: what was done, by whom, to whom, where and why. */
export function ModerationEntryItem({ entry }: { entry: ModerationEntry }) {
  const thread = entry.post?.thread;
  return (
    <article className="card moderation-entry" aria-label={ACTION_LABELS[entry.action]}>
      <h2 className="card__title">
        {ACTION_LABELS[entry.action]}
        {entry.automatic ? <span className="tag tag--quiet">automatic</span> : null}
      </h2>
      <p className="card__meta">
        {/* Automatic actions name the built-in automatic moderator, never whoever set them off. */}
        {'By '}
        <AuthorName author={entry.moderator} />
        {entry.subject ? (
          <>
            {' · concerning '}
            <AuthorName author={entry.subject} />
          </>
        ) : null}
        {entry.board ? (
          <>
            {' · in '}
            <Link to={`/b/${entry.board.slug}`}>{entry.board.name}</Link>
          </>
        ) : null}
        {' · '}
        <RelativeTime iso={entry.createdAt} />
      </p>
      {entry.reason ? <p className="card__text">Reason: {entry.reason}</p> : null}
      {entry.post && thread ? (
        <p className="card__meta">
          <Link to={`/b/${thread.board.slug}/t/${thread.id}#post-${entry.post.id}`}>
            The post in “{thread.title}”
          </Link>
        </p>
      ) : null}
    </article>
  );
}
