import { hashSecretToken, newSecretToken } from './secret-token';

describe('secret tokens', () => {
  it('are 32 random bytes, URL-safe, different every time', () => {
    const tokens = Array.from({ length: 50 }, () => newSecretToken().token);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('come with the hash that is stored instead of them', () => {
    const { token, hash } = newSecretToken();
    expect(hash).toBe(hashSecretToken(token));
    expect(hash).not.toContain(token);
  });

  it('hash to the hex SHA-256 of the token: 64 characters, the column size', () => {
    expect(hashSecretToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hashSecretToken(newSecretToken().token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecretToken('abc')).not.toBe(hashSecretToken('abd'));
  });
});
