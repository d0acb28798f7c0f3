import { describe, expect, it } from 'vitest';
import { findPostPage, type CursorPage } from './find-post-page';

/** A thread whose posts are p1..pN, served `size` per page with cursors c1..cN. */
function thread(total: number, size: number, requests: Array<string | null>) {
  return async (_threadId: string, after: string | null): Promise<CursorPage | null> => {
    requests.push(after);
    const start = after === null ? 0 : Number(after.slice(1));
    const edges = [];
    for (let n = start + 1; n <= Math.min(total, start + size); n += 1) {
      edges.push({ id: `p${n}`, cursor: `c${n}` });
    }
    return {
      edges,
      hasNextPage: start + size < total,
      endCursor: edges.at(-1)?.cursor ?? null,
    };
  };
}

describe('findPostPage', () => {
  it('opens the page after the previous post, walking as many pages as it takes', async () => {
    const requests: Array<string | null> = [];
    await expect(findPostPage('t1', 'p7', thread(10, 3, requests))).resolves.toEqual({
      found: true,
      after: 'c6',
    });
    expect(requests).toEqual([null, 'c3', 'c6']);
  });

  it('uses the first page for the first post', async () => {
    await expect(findPostPage('t1', 'p1', thread(10, 3, []))).resolves.toEqual({
      found: true,
      after: null,
    });
  });

  it('reports a post that is not in the thread, or a thread that is gone', async () => {
    await expect(findPostPage('t1', 'p99', thread(4, 3, []))).resolves.toEqual({ found: false });
    await expect(findPostPage('t1', 'p1', async () => null)).resolves.toEqual({ found: false });
  });
});
