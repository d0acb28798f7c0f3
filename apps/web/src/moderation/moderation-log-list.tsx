import { ModerationLogDocument } from '@boardwalk/client';
import { useCallback } from 'react';
import { errorMessage } from '../api/error-message';
import { request } from '../api/graphql-client';
import { useCursorList } from '../api/use-cursor-list';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { ModerationEntryItem } from './moderation-entry-item';

/** The public log, newest first, with "Load more" for older entries. */
export function ModerationLogList({ boardId }: { boardId: string | null }) {
  const fetchPage = useCallback(
    async (after: string | null) => {
      const { moderationLog } = await request(ModerationLogDocument, { boardId, after });
      return {
        items: moderationLog.edges.map((edge) => edge.node),
        pageInfo: moderationLog.pageInfo,
      };
    },
    [boardId],
  );
  const log = useCursorList(fetchPage);

  return (
    <>
      {log.loading && log.items.length === 0 ? <Loading /> : null}
      <ErrorNotice message={log.error ? errorMessage(log.error) : null} />
      {!log.loading && !log.error && log.items.length === 0 ? (
        <EmptyState title="Nothing has been moderated yet.">
          <p>
            When moderators hide a post or review flags, it shows here with their name and reason.
            See something that breaks the rules? Flag the post.
          </p>
        </EmptyState>
      ) : null}
      <ol className="card-list" aria-label="Moderation log">
        {log.items.map((entry) => (
          <li key={entry.id}>
            <ModerationEntryItem entry={entry} />
          </li>
        ))}
      </ol>
      {log.hasMore ? (
        <p>
          <button
            className="button button--quiet"
            type="button"
            disabled={log.loading}
            onClick={() => void log.loadMore()}
          >
            {log.loading ? 'Loading…' : 'Load more'}
          </button>
        </p>
      ) : null}
    </>
  );
}
