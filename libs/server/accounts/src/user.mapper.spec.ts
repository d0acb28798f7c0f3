import { UserEntity } from './user.entity';
import { isAdminAccount, toUser } from './user.mapper';

const entity = (changes: Partial<UserEntity> = {}): UserEntity =>
  Object.assign(new UserEntity(), {
    id: 'u1',
    handle: 'ada',
    displayName: 'Ada',
    bio: 'Hello',
    email: 'ada@acme.example',
    emailVerifiedAt: new Date('2030-01-01T00:00:00Z'),
    passwordHash: '$argon2id$secret',
    isStaff: true,
    staffTitle: 'Engineer',
    staffVerifiedAt: null,
    staffReverifySentAt: null,
    deletedAt: null,
    createdAt: new Date('2029-12-31T00:00:00Z'),
    updatedAt: new Date('2030-01-01T00:00:00Z'),
    ...changes,
  });

describe('isAdminAccount', () => {
  const admins = new Set(['ada@acme.example']);

  it('needs a listed address that the person has verified', () => {
    expect(isAdminAccount(entity(), admins)).toBe(true);
    expect(isAdminAccount(entity({ emailVerifiedAt: null }), admins)).toBe(false);
    expect(isAdminAccount(entity({ email: 'eve@acme.example' }), admins)).toBe(false);
    expect(isAdminAccount(entity(), new Set())).toBe(false);
  });
});

describe('toUser', () => {
  it('never carries the password hash, and the address only where the email resolver gates it', () => {
    const user = toUser(entity(), new Set());
    expect(Object.keys(user)).not.toContain('email');
    expect(Object.keys(user)).not.toContain('passwordHash');
    expect(JSON.stringify(user)).not.toContain('$argon2id$secret');
    // `email` (a field resolver) shows it to the person themself and admins only.
    expect(user.emailAddress).toBe('ada@acme.example');
    const { emailAddress: _address, ...publicFields } = user;
    expect(JSON.stringify(publicFields)).not.toContain('ada@acme.example');
  });

  it('gives a deleted account no address, though its row keeps a placeholder', () => {
    const deleted = entity({ deletedAt: new Date(), email: 'deleted-u1@deleted.invalid' });
    expect(toUser(deleted, new Set()).emailAddress).toBeNull();
  });

  it('shows a staff title only while the account is staff', () => {
    expect(toUser(entity(), new Set()).staffTitle).toBe('Engineer');
    expect(toUser(entity({ isStaff: false }), new Set()).staffTitle).toBeNull();
  });
});
