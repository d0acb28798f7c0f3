interface NotificationReadState {
  createdAt: string;
  readAt?: string | null;
}

export interface UnreadSummary {
  count: number;
  /** The newest page is all unread and more exist: the true count is higher ("20+"). */
  more: boolean;
}

/** How many of the newest notifications are unread, from the first page the menu holds. */
export function summarizeUnread(
  notifications: readonly NotificationReadState[],
  hasNextPage: boolean,
): UnreadSummary {
  const count = notifications.filter((notification) => !notification.readAt).length;
  return { count, more: hasNextPage && count === notifications.length && count > 0 };
}

export function unreadLabel({ count, more }: UnreadSummary): string {
  return more ? `${count}+` : String(count);
}

/**
 * Marks read, locally, what the server marked read with `markNotificationsRead(upTo)`: everything
 * created up to that moment. Newer ones that arrived meanwhile stay unread.
 */
export function markReadUpTo<T extends NotificationReadState>(
  notifications: readonly T[],
  upTo: string,
  readAt: string,
): T[] {
  const limit = Date.parse(upTo);
  return notifications.map((notification) =>
    !notification.readAt && Date.parse(notification.createdAt) <= limit
      ? { ...notification, readAt }
      : notification,
  );
}
