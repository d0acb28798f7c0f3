import { ThreadPostCursorsDocument } from '@boardwalk/client';
import { request } from '../api/graphql-client';

/** How to reach a post: the `after` cursor of the thread page that starts with it. */
export type PostPage = { found: true; after: string | null } | { found: false };

/**
 * Finds the page of a thread that shows a post first, walking the thread's cursors (ids only, a
 * hundred per request) from the start. Cursors are opaque, so the cursor of the post before it is
 * the one way to open a page at the post; null means the thread's first page.
 */
export async function findPostPage(
  threadId: string,
  postId: string,
  fetchCursors: typeof fetchThreadCursors = fetchThreadCursors,
): Promise<PostPage> {
  let after: string | null = null;
  let previous: string | null = null;
  for (;;) {
    const page = await fetchCursors(threadId, after);
    if (!page) return { found: false };
    for (const edge of page.edges) {
      if (edge.id === postId) return { found: true, after: previous };
      previous = edge.cursor;
    }
    if (!page.hasNextPage || !page.endCursor) return { found: false };
    after = page.endCursor;
  }
}

export interface CursorPage {
  edges: Array<{ id: string; cursor: string }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

async function fetchThreadCursors(
  threadId: string,
  after: string | null,
): Promise<CursorPage | null> {
  const { thread } = await request(ThreadPostCursorsDocument, { id: threadId, after });
  if (!thread) return null;
  return {
    edges: thread.posts.edges.map((edge) => ({ id: edge.node.id, cursor: edge.cursor })),
    hasNextPage: thread.posts.pageInfo.hasNextPage,
    endCursor: thread.posts.pageInfo.endCursor ?? null,
  };
}
