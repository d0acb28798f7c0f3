import type { RealtimeClient } from '@boardwalk/client/realtime';
import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useViewer } from '../session/viewer-context';

export interface RealtimeState {
  /** The tab's one client; null until socket.io-client has loaded (or without a provider). */
  client: RealtimeClient | null;
  /** The socket is connected now; while it is not, screens fall back to polling. */
  connected: boolean;
}

const OFFLINE: RealtimeState = { client: null, connected: false };
/** Exported for tests, which provide a stand-in client. */
export const RealtimeContext = createContext<RealtimeState>(OFFLINE);

/**
 * One socket per tab, authenticated by the HttpOnly session cookie (same origin, so no token
 * passes through JavaScript). A new socket is opened when the viewer signs in or out, because
 * the server reads the cookie only at the handshake. socket.io-client is loaded lazily so it
 * stays out of the first page's JavaScript.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { viewer, refreshViewer } = useViewer();
  // undefined while the session check runs: wait for it rather than connect twice.
  const identity = viewer === undefined ? undefined : (viewer?.id ?? 'anonymous');
  const [state, setState] = useState<RealtimeState>(OFFLINE);

  useEffect(() => {
    if (identity === undefined) return;
    let client: RealtimeClient | null = null;
    let cancelled = false;
    void import('@boardwalk/client/realtime').then(({ RealtimeClient }) => {
      if (cancelled) return;
      const opened = new RealtimeClient({ url: window.location.origin });
      client = opened;
      const show = () => setState({ client: opened, connected: opened.socket.connected });
      opened.socket.on('connect', show);
      opened.socket.on('disconnect', (reason) => {
        show();
        // The server ends a socket itself only when its session was revoked (signed out in
        // another tab or everywhere, a password reset), and socket.io-client does not reconnect
        // after that. Ask who is signed in now: signed out, the identity changes and a new
        // anonymous socket opens (public boards stay live); still signed in (another tab signed
        // in again), this socket reconnects with the new cookie.
        if (reason !== 'io server disconnect') return;
        void refreshViewer().then((current) => {
          if (!cancelled && (current?.id ?? 'anonymous') === identity) opened.socket.connect();
        });
      });
      show();
    });
    return () => {
      cancelled = true;
      client?.close();
      setState(OFFLINE);
    };
  }, [identity, refreshViewer]);

  return <RealtimeContext.Provider value={state}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): RealtimeState {
  return useContext(RealtimeContext);
}
