import { NotificationSecretEntity } from './notification-secret.entity';
import { NotificationSettingsEntity } from './notification-settings.entity';
import { NotificationEntity } from './notification.entity';

export const NOTIFICATIONS_ENTITIES = [
  NotificationEntity,
  NotificationSettingsEntity,
  NotificationSecretEntity,
];
