import { AccountLimits } from '@boardwalk/contracts';
import { validate } from 'class-validator';
import { ChangeEmailArgs } from './change-email.args';
import { SignUpInput } from './sign-up.input';

/** An address of exactly `length` characters: a 64-character local part, labels of at most 60. */
const at = (length: number) => {
  let domain = 'example';
  while (domain.length < length - 65) {
    domain = `${'b'.repeat(Math.min(60, length - 65 - domain.length - 1))}.${domain}`;
  }
  return `${'a'.repeat(64)}@${domain}`;
};

async function emailErrors(email: unknown): Promise<string[][]> {
  const changeEmail = Object.assign(new ChangeEmailArgs(), { email, password: 'whatever pw' });
  const signUp = Object.assign(new SignUpInput(), {
    email,
    password: 'long enough pw',
    handle: 'valid_handle',
    displayName: 'Valid',
  });
  return Promise.all(
    [changeEmail, signUp].map(async (input) =>
      (await validate(input)).flatMap((error) => Object.values(error.constraints ?? {})),
    ),
  );
}

describe('IsAccountEmail: the same address rules at sign-up and on email change', () => {
  it('accepts an ordinary address and one of exactly 254 characters', async () => {
    expect(at(AccountLimits.emailMaxLength)).toHaveLength(254);
    expect(await emailErrors('ada@acme.example')).toEqual([[], []]);
    expect(await emailErrors(at(AccountLimits.emailMaxLength))).toEqual([[], []]);
  });

  it('refuses an address over 254 characters, the column size', async () => {
    const [changeEmail, signUp] = await emailErrors(at(AccountLimits.emailMaxLength + 1));
    expect(changeEmail).toContain('email is too long.');
    expect(signUp).toEqual(changeEmail);
  });

  it.each(['', 'not-an-email', 'two words@acme.example', 'ada@', '@acme.example', 'ada@acme'])(
    'refuses %j in both',
    async (email) => {
      const [changeEmail, signUp] = await emailErrors(email);
      expect(changeEmail).toContain('email is not a valid email address.');
      expect(signUp).toEqual(changeEmail);
    },
  );

  it('refuses a value that is not a string', async () => {
    const [changeEmail, signUp] = await emailErrors(42);
    expect(changeEmail).toContain('email must be a string.');
    expect(signUp).toEqual(changeEmail);
  });
});
