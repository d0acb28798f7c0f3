import { CreateNotifications1795421554979 } from './1795421554979-CreateNotifications';
import { NotificationMail1795422078508 } from './1795422078508-NotificationMail';

export const NOTIFICATIONS_MIGRATIONS = [
  CreateNotifications1795421554979,
  NotificationMail1795422078508,
];
