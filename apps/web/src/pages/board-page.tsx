import { BoardPageDocument } from '@boardwalk/client';
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/error-message';
import { request } from '../api/graphql-client';
import { useQuery } from '../api/use-query';
import { AdoptBoardButton } from '../boards/adopt-board-button';
import type { BoardChange } from '../boards/board-change';
import { BoardModeratorTools } from '../boards/board-moderator-tools';
import { MembershipButton } from '../boards/membership-button';
import { PresenceSummary } from '../boards/presence-summary';
import { AuthorName } from '../components/author-name';
import { EmptyState } from '../components/empty-state';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';
import { plural } from '../components/plural';
import { liveThread } from '../realtime/live-payloads';
import { useBoardWatch } from '../realtime/use-board-watch';
import { useViewer } from '../session/viewer-context';
import { StartThreadForm } from '../threads/start-thread-form';
import { ThreadListItem } from '../threads/thread-list-item';
import NotFoundPage from './not-found-page';

export default function BoardPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const after = params.get('after');
  const { data, error, loading, update } = useQuery(BoardPageDocument, { slug, after });
  const shownThreads = data?.board?.threads.edges.map((edge) => edge.node) ?? [];

  const reread = useCallback(async () => {
    const fresh = await request(BoardPageDocument, { slug, after });
    update(() => fresh);
    return fresh.board?.threads.edges.map((edge) => edge.node.id) ?? [];
  }, [slug, after, update]);

  const presence = useBoardWatch(
    data?.board?.id ?? null,
    {
      onThread: (thread) =>
        update((current) => {
          if (!current.board) return current;
          const { threads } = current.board;
          if (threads.edges.some((edge) => edge.node.id === thread.id)) return current;
          // Newest first: a new thread opens the first page; later pages are left as they are.
          const edges = after ? threads.edges : [{ node: liveThread(thread) }, ...threads.edges];
          return {
            board: {
              ...current.board,
              threadCount: current.board.threadCount + 1,
              postCount: current.board.postCount + 1,
              lastActivityAt: thread.createdAt,
              threads: { ...threads, edges },
            },
          };
        }),
      onPost: (post) =>
        update((current) => {
          if (!current.board) return current;
          const { threads } = current.board;
          const edges = threads.edges.map((edge) =>
            edge.node.id === post.threadId
              ? {
                  ...edge,
                  node: {
                    ...edge.node,
                    replyCount: edge.node.replyCount + 1,
                    lastActivityAt: post.createdAt,
                    firstStaffReplyAt:
                      edge.node.firstStaffReplyAt ?? (post.author?.isStaff ? post.createdAt : null),
                  },
                }
              : edge,
          );
          return {
            board: {
              ...current.board,
              postCount: current.board.postCount + 1,
              lastActivityAt: post.createdAt,
              threads: { ...threads, edges },
            },
          };
        }),
      reread,
    },
    () => shownThreads.map((thread) => thread.id),
  );

  if (loading && !data) return <Loading />;
  if (error) return <ErrorNotice message={errorMessage(error)} />;
  const board = data?.board;
  if (!board) return <NotFoundPage what="board" />;
  const threads = board.threads.edges.map((edge) => edge.node);
  const { pageInfo } = board.threads;
  const mergeChange = (change: BoardChange) =>
    update((current) => (current.board ? { board: { ...current.board, ...change } } : current));
  const showModeratorTools = !!viewer && (board.viewerIsModerator || viewer.isAdmin);

  return (
    <article className="board">
      <header className="board__header">
        <div className="page-heading">
          <PageTitle>{board.name}</PageTitle>
          {viewer ? (
            <MembershipButton
              boardId={board.id}
              isMember={board.viewerIsMember}
              onChange={mergeChange}
            />
          ) : null}
        </div>
        {board.description ? <p className="lead">{board.description}</p> : null}
        <p className="card__meta">
          {plural(board.memberCount, 'member')} · {plural(board.threadCount, 'thread')} ·{' '}
          {plural(board.postCount, 'post')}
          {board.official ? ' · official board' : ''}
        </p>
        <PresenceSummary presence={presence} />
        <p className="card__meta">
          Moderated by{' '}
          {board.moderators.map((moderator, index) => (
            <span key={moderator.id}>
              {index > 0 ? ', ' : null}
              <AuthorName author={moderator} />
            </span>
          ))}{' '}
          · <Link to={`/b/${board.slug}/moderation`}>Moderation log</Link>
        </p>
        {viewer && board.viewerIsMember && !board.viewerIsModerator ? (
          <AdoptBoardButton boardId={board.id} onChange={mergeChange} />
        ) : null}
      </header>

      {showModeratorTools ? <BoardModeratorTools board={board} onChange={mergeChange} /> : null}

      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading">Threads</h2>
        {threads.length === 0 ? (
          <EmptyState title="No threads yet.">
            <p>Ask a question or share what you are working on: start the first thread.</p>
          </EmptyState>
        ) : (
          <ul className="card-list" aria-live="polite" aria-relevant="additions">
            {threads.map((thread) => (
              <li key={thread.id}>
                <ThreadListItem thread={thread} boardSlug={board.slug} />
              </li>
            ))}
          </ul>
        )}
        {pageInfo.hasNextPage && pageInfo.endCursor ? (
          <p>
            <Link to={`?after=${encodeURIComponent(pageInfo.endCursor)}`}>Older threads</Link>
          </p>
        ) : null}
      </section>

      {viewer ? (
        <StartThreadForm boardId={board.id} boardSlug={board.slug} />
      ) : (
        <p className="panel">
          <Link to={`/signin?next=${encodeURIComponent(`/b/${board.slug}`)}`}>Sign in</Link> to
          start a thread or reply.
        </p>
      )}
    </article>
  );
}
