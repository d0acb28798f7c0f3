import type { RealtimeWatch, WatchHandlers } from '@boardwalk/client/realtime';
import type { RealtimeUser } from '@boardwalk/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRealtime } from './realtime-context';
import { useLatest } from './use-latest';

export interface ThreadWatchHandlers {
  onPost?: WatchHandlers['onPost'];
  onPostUpdated?: WatchHandlers['onPostUpdated'];
  /** Re-reads the thread over GraphQL (after a gap); returns the post ids it now shows. */
  reread: () => Promise<Iterable<string>>;
}

export interface ThreadLive {
  /** Other people typing a reply now, newest last. */
  typing: RealtimeUser[];
  /** Tells the others this viewer is typing; throttled, so call it on every keystroke. */
  signalTyping: () => void;
  /** Drops a signal still waiting for its turn, e.g. once the reply is sent. */
  cancelTypingSignal: () => void;
}

/** The server broadcasts one `typing` per person every 2 s at most; sending faster is wasted. */
const TYPING_SIGNAL_EVERY_MS = 2_000;

/**
 * Watches a thread while the page shows it: new posts, edits, and who is typing. The page's
 * loaded post ids are marked seen, so a catch-up after a reconnect adds only what was missed.
 */
export function useThreadWatch(
  threadId: string | null,
  handlers: ThreadWatchHandlers,
  shownIds: () => Iterable<string>,
  viewerId: string | null,
): ThreadLive {
  const { client } = useRealtime();
  const latest = useLatest({ handlers, shownIds, viewerId });
  const [typing, setTyping] = useState<RealtimeUser[]>([]);
  const expiries = useRef(new Map<string, number>());
  const lastSignal = useRef(0);
  const pendingSignal = useRef<number | null>(null);

  useEffect(() => {
    if (!client || !threadId) return;
    const timers = expiries.current;
    let watch: RealtimeWatch | null = null;
    let firstSync = true;
    const reread = async () => {
      const ids = await latest.current.handlers.reread();
      watch?.markSeen(ids);
      return {};
    };
    const stopTyping = (userId: string) => {
      timers.delete(userId);
      setTyping((people) => people.filter((person) => person.id !== userId));
    };
    watch = client.watchThread(threadId, {
      onPost: (post, source) => {
        // Whoever posted has stopped typing.
        if (post.author) stopTyping(post.author.id);
        latest.current.handlers.onPost?.(post, source);
      },
      onPostUpdated: (post) => latest.current.handlers.onPostUpdated?.(post),
      onTyping: ({ user, expiresInMs }) => {
        if (user.id === latest.current.viewerId) return;
        window.clearTimeout(timers.get(user.id));
        timers.set(
          user.id,
          window.setTimeout(() => stopTyping(user.id), expiresInMs),
        );
        setTyping((people) => [...people.filter((person) => person.id !== user.id), user]);
      },
      catchUp: reread,
      onSynced: () => {
        if (!firstSync) return;
        firstSync = false;
        void reread();
      },
    });
    watch.markSeen(latest.current.shownIds());
    return () => {
      for (const timer of timers.values()) window.clearTimeout(timer);
      timers.clear();
      setTyping([]);
      void watch.unwatch();
    };
  }, [client, threadId, latest]);

  // Throttled with a trailing send: a keystroke inside the window is not lost, it is sent when
  // the window ends, so the others see the latest burst of typing.
  const signalTyping = useCallback(() => {
    if (!client || !threadId || pendingSignal.current !== null) return;
    const send = () => {
      pendingSignal.current = null;
      lastSignal.current = Date.now();
      if (client.socket.connected) void client.typing(threadId);
    };
    const wait = lastSignal.current + TYPING_SIGNAL_EVERY_MS - Date.now();
    if (wait <= 0) send();
    else pendingSignal.current = window.setTimeout(send, wait);
  }, [client, threadId]);

  const cancelTypingSignal = useCallback(() => {
    window.clearTimeout(pendingSignal.current ?? undefined);
    pendingSignal.current = null;
  }, []);

  useEffect(() => cancelTypingSignal, [client, threadId, cancelTypingSignal]);

  return { typing, signalTyping, cancelTypingSignal };
}
