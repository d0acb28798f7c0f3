import { useCallback, useEffect, useState } from 'react';

export interface CursorPage<TItem> {
  items: TItem[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface CursorListState<TItem> {
  items: TItem[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  /** Appends the next page after the last cursor. */
  loadMore: () => Promise<void>;
  /** Replaces or removes items locally, e.g. after acting on one. */
  update: (change: (items: TItem[]) => TItem[]) => void;
}

/**
 * A "Load more" list over a Relay connection: pages are appended, so what the reader has seen
 * stays in place. `fetchPage` must be stable (useCallback) and changes only with its inputs.
 */
export function useCursorList<TItem>(
  fetchPage: (after: string | null) => Promise<CursorPage<TItem>>,
): CursorListState<TItem> {
  const [items, setItems] = useState<TItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setItems([]);
    fetchPage(null)
      .then((page) => {
        if (!current) return;
        setItems(page.items);
        setCursor(page.pageInfo.endCursor ?? null);
        setHasMore(page.pageInfo.hasNextPage);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (current) setError(failure);
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [fetchPage]);

  const loadMore = useCallback(async () => {
    setLoading(true);
    try {
      const page = await fetchPage(cursor);
      setItems((existing) => [...existing, ...page.items]);
      setCursor(page.pageInfo.endCursor ?? null);
      setHasMore(page.pageInfo.hasNextPage);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, [fetchPage, cursor]);

  return { items, loading, error, hasMore, loadMore, update: setItems };
}
