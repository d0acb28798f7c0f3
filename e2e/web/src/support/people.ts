import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { WebTestServer } from './web-test-server';

export const PASSWORD = 'correct horse battery';

export interface Person {
  name: string;
  handle: string;
  email: string;
}

export interface SignedUpPerson extends Person {
  /** A bearer token of the account, for setting things up over GraphQL. */
  token: string;
}

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;
const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) { id } }`;

/** Signs a person up over GraphQL and opens the verification link they were mailed. */
export async function signUpVerified(
  server: WebTestServer,
  person: Person,
): Promise<SignedUpPerson> {
  const { signUp } = await server.graphql<{ signUp: { token: string } }>(SIGN_UP, {
    input: {
      email: person.email,
      password: PASSWORD,
      handle: person.handle,
      displayName: person.name,
    },
  });
  const token = new URL(server.mailedLink(person.email, '/verify')).searchParams.get('token');
  await server.graphql(VERIFY, { token });
  return { ...person, token: signUp.token };
}

/**
 * A browser window signed in as the person: the session cookie the web app would get from the
 * sign-in form, set directly so each test clicks only through the screen it is about.
 */
export async function browserAs(
  browser: Browser,
  server: WebTestServer,
  person: SignedUpPerson | null,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  if (person) {
    await context.addCookies([{ name: 'bw_session', value: person.token, url: server.url }]);
  }
  return { context, page: await context.newPage() };
}

/** Waits until `probe` returns a value, for things that happen after a request returns (mail). */
export async function eventually<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch {
      // Not there yet (e.g. no outbox directory before the first mail).
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
