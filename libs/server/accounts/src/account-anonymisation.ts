import type { UserEntity } from './user.entity';

export const DELETED_MEMBER_NAME = 'Deleted member';

/**
 * What stays of a deleted account's row: nothing that identifies the person, yet still valid
 * and unique (handle pattern, unique email on a reserved `.invalid` domain) so the row can keep
 * authoring posts, and the person's real address and handle are free for a new account.
 */
export function anonymisedAccount(
  userId: string,
  now: Date,
): Pick<
  UserEntity,
  | 'email'
  | 'passwordHash'
  | 'handle'
  | 'displayName'
  | 'bio'
  | 'isStaff'
  | 'staffTitle'
  | 'staffVerifiedAt'
  | 'staffReverifySentAt'
  | 'deletedAt'
> {
  return {
    email: `deleted-${userId}@deleted.invalid`,
    // Not an argon2 hash, so no password ever matches it.
    passwordHash: '!deleted',
    handle: `deleted_${userId.replace(/-/g, '').slice(0, 12)}`,
    displayName: DELETED_MEMBER_NAME,
    bio: '',
    isStaff: false,
    staffTitle: null,
    staffVerifiedAt: null,
    staffReverifySentAt: null,
    deletedAt: now,
  };
}
