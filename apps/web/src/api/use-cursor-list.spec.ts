import { act, renderHook, waitFor } from '@testing-library/react';
import { useCallback } from 'react';
import { describe, expect, it } from 'vitest';
import { useCursorList, type CursorPage } from './use-cursor-list';

/** An in-memory connection over the numbers 1..total, `size` per page; the cursor is the last. */
function numbers(total: number, size: number, calls: Array<string | null>) {
  return async (after: string | null): Promise<CursorPage<number>> => {
    calls.push(after);
    const start = after === null ? 0 : Number(after);
    const items = Array.from(
      { length: Math.max(0, Math.min(size, total - start)) },
      (_, i) => start + i + 1,
    );
    const last = items.at(-1);
    return {
      items,
      pageInfo: {
        hasNextPage: start + size < total,
        endCursor: last === undefined ? null : String(last),
      },
    };
  };
}

describe('useCursorList', () => {
  it('loads the first page, then appends each next page after the last cursor', async () => {
    const calls: Array<string | null> = [];
    const fetchPage = numbers(5, 2, calls);
    const { result } = renderHook(() => useCursorList(fetchPage));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.items).toEqual([1, 2]);
    expect(result.current.hasMore).toBe(true);

    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([1, 2, 3, 4]);
    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([1, 2, 3, 4, 5]);
    expect(result.current.hasMore).toBe(false);
    expect(calls).toEqual([null, '2', '4']);
  });

  it('keeps what was loaded and reports the error when a later page fails', async () => {
    let fail = false;
    const pages = numbers(4, 2, []);
    const fetchPage = async (after: string | null) => {
      if (fail) throw new Error('offline');
      return pages(after);
    };
    const { result } = renderHook(() => useCursorList(fetchPage));
    await waitFor(() => expect(result.current.items).toEqual([1, 2]));
    fail = true;
    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([1, 2]);
    expect(result.current.error).toEqual(new Error('offline'));
    expect(result.current.loading).toBe(false);
    fail = false;
    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([1, 2, 3, 4]);
    expect(result.current.error).toBeNull();
  });

  it('starts again from the first page when the fetcher changes (new filter)', async () => {
    const { result, rerender } = renderHook(
      ({ total }) => {
        const fetchPage = useCallback(
          (after: string | null) => numbers(total, 2, [])(after),
          [total],
        );
        return useCursorList(fetchPage);
      },
      { initialProps: { total: 5 } },
    );
    await waitFor(() => expect(result.current.items).toEqual([1, 2]));
    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([1, 2, 3, 4]);
    rerender({ total: 1 });
    await waitFor(() => expect(result.current.items).toEqual([1]));
    expect(result.current.hasMore).toBe(false);
  });

  it('ignores a first page that arrives after the fetcher changed', async () => {
    let releaseSlow: (page: CursorPage<string>) => void = () => undefined;
    const slow = () => new Promise<CursorPage<string>>((resolve) => (releaseSlow = resolve));
    const fast = async () => ({ items: ['fresh'], pageInfo: { hasNextPage: false } });
    const { result, rerender } = renderHook(({ fetchPage }) => useCursorList(fetchPage), {
      initialProps: { fetchPage: slow as (after: string | null) => Promise<CursorPage<string>> },
    });
    rerender({ fetchPage: fast });
    await waitFor(() => expect(result.current.items).toEqual(['fresh']));
    await act(async () => releaseSlow({ items: ['stale'], pageInfo: { hasNextPage: true } }));
    expect(result.current.items).toEqual(['fresh']);
    expect(result.current.hasMore).toBe(false);
  });

  it('lets the caller change items in place, e.g. after acting on one', async () => {
    const fetchPage = numbers(3, 3, []);
    const { result } = renderHook(() => useCursorList(fetchPage));
    await waitFor(() => expect(result.current.items).toEqual([1, 2, 3]));
    act(() => result.current.update((items) => items.filter((item) => item !== 2)));
    expect(result.current.items).toEqual([1, 3]);
  });
});
