import { randomBytes } from 'node:crypto';
import type { TestServer } from './test-server';

export interface TestMember {
  id: string;
  handle: string;
  email: string;
  password: string;
  token: string;
  ip: string;
}

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        handle
      }
    }
  }
`;

const VERIFY = /* GraphQL */ `
  mutation Verify($token: String!) {
    verifyEmail(token: $token) {
      id
      isStaff
    }
  }
`;

let counter = 0;

/** A random client IP, so the per-IP sign-up limit does not couple unrelated tests. */
export function randomIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

/** Builders that create the people and things a test needs, through the public API. */
export function given(server: TestServer) {
  return {
    /** A signed-up account; verified unless `verified: false`. */
    async member(
      options: { domain?: string; verified?: boolean; handle?: string } = {},
    ): Promise<TestMember> {
      counter += 1;
      const handle = options.handle ?? `m${counter}_${randomBytes(3).toString('hex')}`;
      const email = `${handle}@${options.domain ?? 'members.example'}`;
      const password = 'correct horse battery';
      const ip = randomIp();
      const data = await server.ok<{ signUp: { token: string; user: { id: string } } }>(
        SIGN_UP,
        { input: { email, password, handle, displayName: `Member ${handle}` } },
        { ip },
      );
      if (options.verified !== false) {
        await server.ok(VERIFY, { token: server.mailedToken(email, '/verify') });
      }
      return { id: data.signUp.user.id, handle, email, password, token: data.signUp.token, ip };
    },
  };
}
