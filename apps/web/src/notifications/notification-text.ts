import type { NotificationItem } from './use-notifications';

const WHAT_HAPPENED: Record<NotificationItem['kind'], string> = {
  POST_REPLY: 'replied to your post in',
  THREAD_REPLY: 'replied in your thread',
  MENTION: 'mentioned you in',
  ANSWER_ACCEPTED: 'accepted your answer in',
};

/** "Ana Lima replied in your thread", without the thread title the menu shows as a link. */
export function notificationText(notification: NotificationItem): string {
  const who = notification.actor?.displayName ?? 'Someone';
  return `${who} ${WHAT_HAPPENED[notification.kind]}`;
}

export function notificationLink(notification: NotificationItem): string | null {
  const { thread, post } = notification;
  if (!thread) return null;
  const anchor = post ? `#post-${post.id}` : '';
  return `/b/${thread.board.slug}/t/${thread.id}${anchor}`;
}
