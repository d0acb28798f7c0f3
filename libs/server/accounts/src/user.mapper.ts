import type { UserEntity } from './user.entity';
import { User } from './user.model';

export function isAdminAccount(
  user: Pick<UserEntity, 'email' | 'emailVerifiedAt'>,
  adminEmails: ReadonlySet<string>,
): boolean {
  return user.emailVerifiedAt !== null && adminEmails.has(user.email);
}

/** The public shape of an account; the entity's email and password hash never leave the lib. */
export function toUser(entity: UserEntity, adminEmails: ReadonlySet<string>): User {
  return Object.assign(new User(), {
    id: entity.id,
    handle: entity.handle,
    displayName: entity.displayName,
    bio: entity.bio,
    isStaff: entity.isStaff,
    staffTitle: entity.isStaff ? entity.staffTitle : null,
    isAdmin: isAdminAccount(entity, adminEmails),
    createdAt: entity.createdAt,
    emailVerifiedAt: entity.emailVerifiedAt,
    // A deleted account's row keeps a placeholder address, which is nobody's.
    emailAddress: entity.deletedAt ? null : entity.email,
  });
}
