import { ModerationEntryEntity } from './moderation-entry.entity';
import { PostFlagEntity } from './post-flag.entity';

export const MODERATION_ENTITIES = [PostFlagEntity, ModerationEntryEntity];
