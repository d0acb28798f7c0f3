import type { Notification } from './notification.model';

export const NotificationEvents = {
  created: 'notification.created',
} as const;

export interface NotificationCreatedEvent {
  notification: Notification;
}
