import { CreateModeration1795422038671 } from './1795422038671-CreateModeration';

export const MODERATION_MIGRATIONS = [CreateModeration1795422038671];
