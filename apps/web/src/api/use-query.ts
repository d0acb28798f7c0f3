import type { TypedDocumentString } from '@boardwalk/client';
import { useCallback, useEffect, useState } from 'react';
import { request } from './graphql-client';

// The hook always has a variables object (empty for operations without any).
const requestWithVariables = request as <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) => Promise<TResult>;

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again, keeping the current data on screen meanwhile. */
  reload: () => Promise<void>;
  /** Replaces the data locally, e.g. after a mutation or a realtime event. */
  update: (change: (current: TResult) => TResult) => void;
}

/**
 * Runs a query when the component mounts and whenever the variables change. `update` is the seam
 * for pushed changes: a realtime subscription can patch the same state a reload fills.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: TResult; error?: unknown; loading: boolean }>({
    loading: true,
  });

  const run = useCallback(
    async (isCurrent: () => boolean) => {
      setState((current) => ({ ...current, loading: true }));
      try {
        const data = await requestWithVariables(document, JSON.parse(key) as TVariables);
        if (isCurrent()) setState({ data, loading: false });
      } catch (error) {
        if (isCurrent()) setState({ error, loading: false });
      }
    },
    [document, key],
  );

  useEffect(() => {
    let current = true;
    void run(() => current);
    return () => {
      current = false;
    };
  }, [run]);

  const reload = useCallback(() => run(() => true), [run]);
  const update = useCallback((change: (current: TResult) => TResult) => {
    setState((current) =>
      current.data === undefined ? current : { ...current, data: change(current.data) },
    );
  }, []);

  return { data: state.data, error: state.error, loading: state.loading, reload, update };
}
