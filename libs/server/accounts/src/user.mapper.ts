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

/** The columns toUser reads, for plain-row reads (see userFromRow). */
export const USER_COLUMNS =
  'id, handle, display_name, bio, email, email_verified_at, is_staff, staff_title, created_at';

export interface UserRow {
  id: string;
  handle: string;
  display_name: string;
  bio: string;
  email: string;
  email_verified_at: Date | null;
  is_staff: boolean;
  staff_title: string | null;
  created_at: Date;
}

/** Field by field rather than Object.assign of a literal: a board page maps up to 25 authors. */
export function userFromRow(row: UserRow, adminEmails: ReadonlySet<string>): User {
  const emailVerifiedAt = row.email_verified_at === null ? null : new Date(row.email_verified_at);
  const user = new User();
  user.id = row.id;
  user.handle = row.handle;
  user.displayName = row.display_name;
  user.bio = row.bio;
  user.isStaff = row.is_staff;
  user.staffTitle = row.is_staff ? row.staff_title : null;
  user.isAdmin = isAdminAccount({ email: row.email, emailVerifiedAt }, adminEmails);
  user.createdAt = new Date(row.created_at);
  user.emailVerifiedAt = emailVerifiedAt;
  return user;
}
