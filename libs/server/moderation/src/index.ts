export * from './moderation-entry.model';
export * from './flag.model';
export * from './moderation.module';
export { ModerationService } from './moderation.service';
export { AUTOMATIC_MODERATOR } from './moderation-rules';
export { MODERATION_ENTITIES } from './moderation.entities';
export { MODERATION_MIGRATIONS } from './migrations';
