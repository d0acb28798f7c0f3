import { ThreadPageDocument, type PostFieldsFragment } from '@boardwalk/client';
import { useCallback } from 'react';
import { request } from '../api/graphql-client';
import { useQuery } from '../api/use-query';

/**
 * A thread page's data with the changes that arrive without a reload: a post created or updated
 * (by this member's own actions, or by the socket events `post.created` / `post.updated`), a new
 * accepted answer, and a fresh re-read after the socket missed events.
 */
export function useThread(threadId: string, after: string | null) {
  const query = useQuery(ThreadPageDocument, { id: threadId, after });
  const { update } = query;

  const upsertPost = useCallback(
    (post: PostFieldsFragment) =>
      update((current) => {
        if (!current.thread) return current;
        const edges = current.thread.posts.edges;
        const known = edges.some((edge) => edge.node.id === post.id);
        const nextEdges = known
          ? edges.map((edge) => (edge.node.id === post.id ? { ...edge, node: post } : edge))
          : [...edges, { node: post }];
        const replyCount = current.thread.replyCount + (known ? 0 : 1);
        // The accepted answer shown at the top follows edits and deletion of the post.
        const acceptedAnswer =
          current.thread.acceptedAnswer?.id === post.id ? post : current.thread.acceptedAnswer;
        return {
          thread: {
            ...current.thread,
            replyCount,
            acceptedAnswer,
            posts: { ...current.thread.posts, edges: nextEdges },
          },
        };
      }),
    [update],
  );

  const setAcceptedAnswer = useCallback(
    (post: PostFieldsFragment | null) =>
      update((current) =>
        current.thread ? { thread: { ...current.thread, acceptedAnswer: post } } : current,
      ),
    [update],
  );

  /** Reads the page again and shows it whole; returns the ids of the posts it holds. */
  const reread = useCallback(async () => {
    const fresh = await request(ThreadPageDocument, { id: threadId, after });
    update(() => fresh);
    return fresh.thread?.posts.edges.map((edge) => edge.node.id) ?? [];
  }, [threadId, after, update]);

  return { ...query, upsertPost, setAcceptedAnswer, reread };
}
