import type { RealtimeWatch, WatchHandlers } from '@boardwalk/client/realtime';
import type { PresenceMessage } from '@boardwalk/contracts';
import { useEffect, useState } from 'react';
import { useRealtime } from './realtime-context';
import { useLatest } from './use-latest';

export type BoardPresence = Pick<PresenceMessage, 'count' | 'viewers'>;

export interface BoardWatchHandlers {
  onThread?: WatchHandlers['onThread'];
  onPost?: WatchHandlers['onPost'];
  /**
   * Re-reads the board over GraphQL: after a reconnect that missed events, and once after the
   * first watch, for what happened between the page's load and the watch. Returns the ids it
   * now shows, so the same items arriving live are not added twice.
   */
  reread: () => Promise<Iterable<string>>;
}

/**
 * Watches a board while the page shows it (`boardId` null: not yet loaded). Returns who is
 * here, from the server's `presence` events; null until the first one.
 */
export function useBoardWatch(
  boardId: string | null,
  handlers: BoardWatchHandlers,
  shownIds: () => Iterable<string>,
): BoardPresence | null {
  const { client } = useRealtime();
  const latest = useLatest({ handlers, shownIds });
  const [presence, setPresence] = useState<BoardPresence | null>(null);

  useEffect(() => {
    if (!client || !boardId) return;
    let watch: RealtimeWatch | null = null;
    let firstSync = true;
    const reread = async () => {
      const ids = await latest.current.handlers.reread();
      watch?.markSeen(ids);
      return {};
    };
    watch = client.watchBoard(boardId, {
      onThread: (...args) => latest.current.handlers.onThread?.(...args),
      onPost: (...args) => latest.current.handlers.onPost?.(...args),
      onPresence: (message) => setPresence({ count: message.count, viewers: message.viewers }),
      catchUp: reread,
      onSynced: () => {
        if (!firstSync) return;
        firstSync = false;
        void reread();
      },
    });
    watch.markSeen(latest.current.shownIds());
    return () => {
      setPresence(null);
      void watch.unwatch();
    };
  }, [client, boardId, latest]);

  return presence;
}
