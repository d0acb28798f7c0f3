import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  type NotificationsQuery,
} from '@boardwalk/client';
import { useCallback, useEffect, useState } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { useRealtime } from '../realtime/realtime-context';
import { markReadUpTo, summarizeUnread, type UnreadSummary } from './unread-summary';
import { NOTIFICATIONS_READ_EVENT } from './use-mark-thread-read';

export type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

/** How often the unread count is refreshed while the socket is down and the tab visible. */
export const NOTIFICATION_POLL_MS = 30_000;

export interface NotificationsState {
  notifications: NotificationItem[];
  unread: UnreadSummary;
  /** The last refresh failed; the list shows what was loaded before. */
  failed: boolean;
  markAllRead: () => Promise<void>;
  markAllReadPending: boolean;
  markAllReadError: string | null;
}

/**
 * The signed-in member's newest notifications. This hook is the one place that knows how they
 * arrive: the realtime `notification` event (to the member's own room) while the socket is up,
 * a slow poll only while it is down. The event carries ids only, so each one re-reads the list.
 */
export function useNotifications(signedIn: boolean): NotificationsState {
  const { client, connected } = useRealtime();
  const [page, setPage] = useState<{ items: NotificationItem[]; hasNextPage: boolean }>({
    items: [],
    hasNextPage: false,
  });
  const [failed, setFailed] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const { notifications } = await request(NotificationsDocument, { after: null });
      setPage({
        items: notifications.edges.map((edge) => edge.node),
        hasNextPage: notifications.pageInfo.hasNextPage,
      });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    if (!signedIn || !client) return;
    return client.onNotification(() => void refresh());
  }, [signedIn, client, refresh]);

  useEffect(() => {
    if (!signedIn) return;
    const onRead = () => void refresh();
    window.addEventListener(NOTIFICATIONS_READ_EVENT, onRead);
    return () => window.removeEventListener(NOTIFICATIONS_READ_EVENT, onRead);
  }, [signedIn, refresh]);

  useEffect(() => {
    if (!signedIn) {
      setPage({ items: [], hasNextPage: false });
      return;
    }
    // Also on every (re)connect: whatever arrived while the socket was down.
    void refresh();
    if (connected) return;
    const timer = window.setInterval(() => {
      // A hidden tab does not need a fresh count; it catches up when shown again.
      if (!document.hidden) void refresh();
    }, NOTIFICATION_POLL_MS);
    const onVisible = () => {
      if (!document.hidden) void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [signedIn, connected, refresh]);

  const markAll = useMutation(async () => {
    const newest = page.items[0]?.createdAt;
    if (!newest) return;
    // Up to the newest one shown, so a notification that arrives meanwhile stays unread.
    await request(MarkNotificationsReadDocument, { upTo: newest });
    const now = new Date().toISOString();
    setPage((current) => ({ ...current, items: markReadUpTo(current.items, newest, now) }));
  });

  return {
    notifications: page.items,
    unread: summarizeUnread(page.items, page.hasNextPage),
    failed,
    markAllRead: async () => {
      await markAll.run();
    },
    markAllReadPending: markAll.pending,
    markAllReadError: markAll.error,
  };
}
