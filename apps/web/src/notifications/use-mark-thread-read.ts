import { MarkThreadNotificationsReadDocument } from '@boardwalk/client';
import { useEffect } from 'react';
import { request } from '../api/graphql-client';

/** Sent on `window` when notifications were marked read elsewhere in the app. */
export const NOTIFICATIONS_READ_EVENT = 'boardwalk:notifications-read';

/**
 * Reading a thread is what its notifications were for: opening it (from the notification menu,
 * a mail or anywhere) marks the signed-in reader's notifications about it read, and the menu's
 * unread count follows.
 */
export function useMarkThreadRead(threadId: string | null): void {
  useEffect(() => {
    if (!threadId) return;
    request(MarkThreadNotificationsReadDocument, { threadId })
      .then(({ markThreadNotificationsRead }) => {
        if (markThreadNotificationsRead > 0) {
          window.dispatchEvent(new Event(NOTIFICATIONS_READ_EVENT));
        }
      })
      // The count stays as it was; the next notification or visit catches up.
      .catch(() => undefined);
  }, [threadId]);
}
