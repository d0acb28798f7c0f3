import { ACCOUNTS_ENTITIES, ACCOUNTS_MIGRATIONS } from '@boardwalk/server-accounts';
import { BOARDS_ENTITIES, BOARDS_MIGRATIONS } from '@boardwalk/server-boards';
import { CONVERSATIONS_ENTITIES, CONVERSATIONS_MIGRATIONS } from '@boardwalk/server-conversations';
import type { DatabaseParts } from '@boardwalk/server-core';
import { MODERATION_ENTITIES, MODERATION_MIGRATIONS } from '@boardwalk/server-moderation';
import { GROWTH_ENTITIES, GROWTH_MIGRATIONS } from '@boardwalk/server-growth';
import { NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@boardwalk/server-notifications';

/** Every domain lib's entities and migrations, in one place for the app and the tools. */
export const DATABASE_PARTS: DatabaseParts = {
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...BOARDS_ENTITIES,
    ...CONVERSATIONS_ENTITIES,
    ...NOTIFICATIONS_ENTITIES,
    ...MODERATION_ENTITIES,
    ...GROWTH_ENTITIES,
  ],
  migrations: [
    ...ACCOUNTS_MIGRATIONS,
    ...BOARDS_MIGRATIONS,
    ...CONVERSATIONS_MIGRATIONS,
    ...NOTIFICATIONS_MIGRATIONS,
    ...MODERATION_MIGRATIONS,
    ...GROWTH_MIGRATIONS,
  ],
};
