import { CreateNotifications1795421554979 } from './1795421554979-CreateNotifications';

export const NOTIFICATIONS_MIGRATIONS = [CreateNotifications1795421554979];
