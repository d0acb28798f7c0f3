export * from './notification.model';
export * from './notifications.events';
export * from './notifications.module';
export { NotificationsService } from './notifications.service';
export { NOTIFICATIONS_ENTITIES } from './notifications.entities';
export { NOTIFICATIONS_MIGRATIONS } from './migrations';
