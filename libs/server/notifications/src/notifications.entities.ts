import { NotificationEntity } from './notification.entity';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity];
