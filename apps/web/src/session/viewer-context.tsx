import { MeDocument, type ViewerFieldsFragment } from '@boardwalk/client';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { request } from '../api/graphql-client';

export type Viewer = ViewerFieldsFragment;

interface ViewerContextValue {
  /** The signed-in member, null when signed out, undefined while the first check runs. */
  viewer: Viewer | null | undefined;
  setViewer: (viewer: Viewer | null) => void;
  /** Asks the server who is signed in; resolves with the answer once it is applied. */
  refreshViewer: () => Promise<Viewer | null>;
}

const ViewerContext = createContext<ViewerContextValue | null>(null);

/** Knows who is signed in; the session itself is the HttpOnly cookie the server set. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);

  const refreshViewer = useCallback(async () => {
    let current: Viewer | null = null;
    try {
      current = (await request(MeDocument)).me ?? null;
    } catch {
      // Unreachable or refused: treated as signed out, as before.
    }
    setViewer(current);
    return current;
  }, []);

  useEffect(() => {
    void refreshViewer();
  }, [refreshViewer]);

  const value = useMemo(() => ({ viewer, setViewer, refreshViewer }), [viewer, refreshViewer]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer must be used inside ViewerProvider');
  return value;
}
