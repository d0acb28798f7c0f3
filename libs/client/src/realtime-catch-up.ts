import type { RealtimePost, RealtimeThread, RealtimeUser } from '@boardwalk/contracts';
import {
  CatchUpBoardThreadsDocument,
  type CatchUpBoardThreadsQuery,
  CatchUpThreadPostsDocument,
  type CatchUpThreadPostsQuery,
} from './graphql/generated/graphql';
import type { GraphqlClient } from './graphql/graphql-client';
import type { CatchUp, CatchUpResult } from './realtime-client';

export interface GraphqlCatchUpOptions {
  /** The watched board's slug: GraphQL finds boards by slug. Needed for board watches only. */
  boardSlug?: string;
  /**
   * How far before the newest item the watch had seen to look again, for writes that committed
   * out of order (a post's time is its transaction's start). Default one minute.
   */
  marginMs?: number;
  /** Most threads a board catch-up re-reads when the watch has seen nothing yet. Default 20. */
  threads?: number;
  /** Most pages of 100 posts one thread's catch-up reads. Default 20. */
  maxPostPages?: number;
}

type PostNode = NonNullable<CatchUpThreadPostsQuery['thread']>['posts']['edges'][number]['node'];

/**
 * A ready `catchUp` for `RealtimeClient` watches that re-reads over GraphQL what a watch missed:
 *
 * - a thread watch: the thread's posts from the newest it saw (minus `marginMs`), resuming from
 *   a remembered page cursor on later gaps so a long thread is not read from its start again;
 * - a board watch (`boardSlug` given): the board's threads active since then, newest activity
 *   first (the board's list order), with their new posts.
 *
 * It may return more than was missed; the wrapper drops what it already delivered.
 */
export function graphqlCatchUp(
  graphql: GraphqlClient,
  options: GraphqlCatchUpOptions = {},
): CatchUp {
  const marginMs = options.marginMs ?? 60_000;
  const maxThreads = options.threads ?? 20;
  const maxPostPages = options.maxPostPages ?? 20;
  /** Per thread: a page cursor before which every post is older than any gap still to fill. */
  const resumeAfter = new Map<string, string>();

  async function postsOf(
    threadId: string,
    boardId: string,
    since: number,
  ): Promise<RealtimePost[]> {
    const posts: RealtimePost[] = [];
    let after: string | null = resumeAfter.get(threadId) ?? null;
    const fullPages: Array<{ cursor: string; lastAt: number }> = [];
    for (let page = 0; page < maxPostPages; page += 1) {
      const data: CatchUpThreadPostsQuery = await graphql.request(CatchUpThreadPostsDocument, {
        id: threadId,
        after,
      });
      if (!data.thread) break;
      const { edges, pageInfo } = data.thread.posts;
      for (const { node } of edges) {
        if (Date.parse(node.createdAt) >= since) posts.push(toPost(node, threadId, boardId));
      }
      if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
      const last = edges[edges.length - 1]?.node;
      fullPages.push({ cursor: pageInfo.endCursor, lastAt: last ? Date.parse(last.createdAt) : 0 });
      after = pageInfo.endCursor;
    }
    // Posts are listed oldest first: a later gap can start after the last full page whose posts
    // are all older than the newest one read by more than the margin.
    const newest = Math.max(0, ...posts.map((post) => Date.parse(post.createdAt)));
    const safe = fullPages.filter((page) => page.lastAt < newest - marginMs).pop();
    if (safe) resumeAfter.set(threadId, safe.cursor);
    return posts;
  }

  return async (boardId, _sinceSeq, info): Promise<CatchUpResult> => {
    const since = info.lastSeenAt ? Date.parse(info.lastSeenAt) - marginMs : -Infinity;
    if (info.threadId) return { posts: await postsOf(info.threadId, boardId, since) };
    if (!options.boardSlug) {
      throw new Error('graphqlCatchUp needs the boardSlug option to catch up a board watch.');
    }
    const threads: RealtimeThread[] = [];
    const posts: RealtimePost[] = [];
    let after: string | null = null;
    let read = 0;
    for (;;) {
      const first = Math.min(100, Math.max(1, maxThreads - read));
      const data: CatchUpBoardThreadsQuery = await graphql.request(CatchUpBoardThreadsDocument, {
        slug: options.boardSlug,
        first,
        after,
      });
      if (!data.board) break;
      const { edges, pageInfo } = data.board.threads;
      let older = false;
      for (const { node } of edges) {
        if (Date.parse(node.lastActivityAt) < since) {
          older = true;
          break;
        }
        read += 1;
        const thread: RealtimeThread = {
          id: node.id,
          boardId,
          title: node.title,
          authorId: node.author.id,
          author: toUser(node.author),
          createdAt: node.createdAt,
          lastActivityAt: node.lastActivityAt,
          replyCount: node.replyCount,
          participantCount: node.participantCount,
        };
        if (Date.parse(node.createdAt) >= since) threads.push(thread);
        posts.push(...(await postsOf(node.id, boardId, since)));
      }
      // With nothing seen yet there is no "since": the most recently active threads will do.
      const enough = since === -Infinity && read >= maxThreads;
      if (older || enough || !pageInfo.hasNextPage || !pageInfo.endCursor) break;
      after = pageInfo.endCursor;
    }
    return { threads, posts };
  };
}

function toUser(user: RealtimeUser): RealtimeUser {
  return { id: user.id, handle: user.handle, displayName: user.displayName, isStaff: user.isStaff };
}

function toPost(node: PostNode, threadId: string, boardId: string): RealtimePost {
  return {
    id: node.id,
    threadId,
    boardId,
    authorId: node.author.id,
    author: toUser(node.author),
    replyToId: node.replyTo?.id ?? null,
    body: node.body,
    bodyHtml: node.bodyHtml,
    createdAt: node.createdAt,
    editedAt: node.editedAt,
    hidden: node.hidden,
    deleted: node.deleted,
  };
}
