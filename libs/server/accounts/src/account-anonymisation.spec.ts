import { AccountLimits } from '@boardwalk/contracts';
import { DELETED_MEMBER_NAME, anonymisedAccount } from './account-anonymisation';

describe('anonymisedAccount', () => {
  const id = '3f2b8c1e-9d4a-4c7b-8e21-5a6f0b9c7d12';
  const now = new Date('2030-01-02T03:04:05Z');
  const row = anonymisedAccount(id, now);

  it('keeps nothing that identifies the person', () => {
    expect(row).toMatchObject({
      displayName: DELETED_MEMBER_NAME,
      bio: '',
      isStaff: false,
      staffTitle: null,
      staffVerifiedAt: null,
      staffReverifySentAt: null,
      deletedAt: now,
    });
    expect(DELETED_MEMBER_NAME).toBe('Deleted member');
  });

  it('stores a password hash no password can match', () => {
    expect(row.passwordHash.startsWith('$argon2')).toBe(false);
  });

  it('keeps the handle and email valid and unique per account, freeing the real ones', () => {
    expect(row.handle).toBe('deleted_3f2b8c1e9d4a');
    expect(row.handle).toMatch(AccountLimits.handlePattern);
    expect(row.email).toBe(`deleted-${id}@deleted.invalid`);
    expect(row.email.length).toBeLessThanOrEqual(AccountLimits.emailMaxLength);
    const other = anonymisedAccount('3f2b8c1e-9d4b-4c7b-8e21-5a6f0b9c7d12', now);
    expect(other.handle).not.toBe(row.handle);
    expect(other.email).not.toBe(row.email);
  });
});
