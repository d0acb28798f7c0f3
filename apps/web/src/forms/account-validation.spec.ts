import { describe, expect, it } from 'vitest';
import { suggestHandle, validateSignUp } from './account-validation';

const valid = {
  email: 'ana@example.com',
  password: 'correct horse battery',
  handle: 'ana_lima',
  displayName: 'Ana Lima',
};

describe('validateSignUp', () => {
  it('accepts a complete form', () => {
    expect(validateSignUp(valid)).toEqual({});
  });

  it('names each field that breaks a server rule', () => {
    expect(
      validateSignUp({ email: 'ana', password: 'short', handle: 'Ana Lima', displayName: ' ' }),
    ).toEqual({
      email: expect.stringContaining('email address') as string,
      password: 'Use at least 10 characters.',
      handle: expect.stringContaining('lower-case') as string,
      displayName: 'Tell people what to call you.',
    });
  });
});

describe('suggestHandle', () => {
  it('turns a display name into a valid handle', () => {
    expect(suggestHandle('Ana Lima')).toBe('ana_lima');
    expect(suggestHandle('  José  O’Brien! ')).toBe('jose_o_brien');
  });
});
