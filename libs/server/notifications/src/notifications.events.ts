import type { Notification } from './notification.model';

export const NotificationEvents = {
  created: 'notification.created',
} as const;

export interface NotificationCreatedEvent {
  notification: Notification;
  /** Stored as mailed: its recipient gets a mail now (NotificationMailService), not in the digest. */
  mailClaimed: boolean;
}
