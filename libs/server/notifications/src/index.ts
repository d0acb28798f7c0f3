export * from './notification.model';
export * from './notification-settings.model';
export * from './notifications.events';
export * from './notifications.module';
export { NotificationsService } from './notifications.service';
export { NotificationSettingsService, DAILY_EMAIL_LIMIT } from './notification-settings.service';
export { NotificationDigestService } from './notification-digest.service';
export { NOTIFICATIONS_ENTITIES } from './notifications.entities';
export { NOTIFICATIONS_MIGRATIONS } from './migrations';
