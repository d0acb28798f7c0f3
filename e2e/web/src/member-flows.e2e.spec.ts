import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, saveScreenshot } from './support/browser';
import {
  browserAs,
  eventually,
  PASSWORD,
  signUpVerified,
  type SignedUpPerson,
} from './support/people';
import { ensureWebBuild } from './support/web-build';
import { WebTestServer } from './support/web-test-server';

jest.setTimeout(180_000);

const CREATE_BOARD = `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id slug } }`;
const START_THREAD = `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
const ME = `query { me { handle } }`;
const POST_CURSORS = `query ($id: ID!) { thread(id: $id) { posts(first: 50) { edges { cursor node { id } } } } }`;
const PROFILE = `query ($handle: String!) { user(handle: $handle) { displayName bio staffTitle } }`;

const PHONE = { width: 390, height: 844 };

/** axe-core's browser build, evaluated in the page (the app's CSP allows no inline script tag). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical WCAG A/AA violations axe-core finds on the page as it is now. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE}\n;true`);
  return page.evaluate<AxeViolation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((results) => results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        })))
  `);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
}

describe('member flows in a browser', () => {
  let server: WebTestServer;
  let browser: Browser;
  let owner: SignedUpPerson;
  let asker: SignedUpPerson;
  let helper: SignedUpPerson;
  let board: { id: string; slug: string };
  let threadId = '';
  let answerId = '';
  /** Uncaught errors in any page these tests open; none is expected. */
  const pageErrors: string[] = [];

  async function open(person: SignedUpPerson | null, viewport = { width: 1280, height: 800 }) {
    const opened = await browserAs(browser, server, person, viewport);
    opened.page.on('pageerror', (error) => pageErrors.push(error.message));
    return opened;
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await WebTestServer.start({ STAFF_EMAIL_DOMAINS: 'staff.example' });
    browser = await launchChromium();
    owner = await signUpVerified(server, {
      name: 'Olga Owner',
      handle: 'olga_owner',
      email: 'olga@members.example',
    });
    asker = await signUpVerified(server, {
      name: 'Abe Asker',
      handle: 'abe_asker',
      email: 'abe@members.example',
    });
    helper = await signUpVerified(server, {
      name: 'Hal Helper',
      handle: 'hal_helper',
      email: 'hal@members.example',
    });
    ({ createBoard: board } = await server.graphql<{ createBoard: { id: string; slug: string } }>(
      CREATE_BOARD,
      { input: { name: 'Film cameras', description: 'Rangefinders, SLRs and film stocks.' } },
      owner.token,
    ));
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('joins a board: the button turns to Leave and the member count goes up, also after a reload', async () => {
    const { context, page } = await open(asker);
    await page.goto(`${server.url}/b/${board.slug}`);
    await page.getByText('1 member ·', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Join board' }).click();
    await page.getByRole('button', { name: 'Leave board' }).waitFor();
    await page.getByText('2 members ·', { exact: false }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Leave board' }).waitFor();
    await page.getByText('2 members ·', { exact: false }).waitFor();
    await context.close();
  });

  it('lets the thread author mark an answer, shown at the top and reachable from another page', async () => {
    ({
      startThread: { id: threadId },
    } = await server.graphql<{ startThread: { id: string } }>(
      START_THREAD,
      { input: { boardId: board.id, title: 'Which film for low light?', body: 'Indoors.' } },
      asker.token,
    ));
    ({
      reply: { id: answerId },
    } = await server.graphql<{ reply: { id: string } }>(
      REPLY,
      { input: { threadId, body: 'Portra 800, pushed one stop.' } },
      helper.token,
    ));
    await server.graphql(REPLY, { input: { threadId, body: 'Thanks, trying it.' } }, asker.token);

    const { context, page } = await open(asker);
    await page.goto(`${server.url}/b/${board.slug}/t/${threadId}`);
    const helperPost = page.getByRole('article', { name: `Post by ${helper.name}` });
    // Only replies can be the answer: the opening post has no such button.
    const ownPosts = page.getByRole('article', { name: `Post by ${asker.name}` });
    await expect(
      ownPosts.first().getByRole('button', { name: 'Mark as accepted answer' }).count(),
    ).resolves.toBe(0);
    await helperPost.getByRole('button', { name: 'Mark as accepted answer' }).click();
    await helperPost.getByText('Accepted answer', { exact: true }).waitFor();
    const summary = page.getByRole('region', { name: 'Accepted answer' });
    await summary.getByText('Portra 800, pushed one stop.').waitFor();
    await summary.getByRole('link', { name: helper.name }).waitFor();
    await saveScreenshot(page, 'thread-accepted-answer');

    // A page of later posts that does not hold the answer still shows it at the top, linked.
    const { thread } = await server.graphql<{
      thread: { posts: { edges: Array<{ cursor: string; node: { id: string } }> } };
    }>(POST_CURSORS, { id: threadId });
    const answerEdge = thread.posts.edges.find((edge) => edge.node.id === answerId);
    await page.goto(
      `${server.url}/b/${board.slug}/t/${threadId}?after=${encodeURIComponent(answerEdge?.cursor ?? '')}`,
    );
    await page.getByText('Thanks, trying it.').waitFor();
    expect(await helperPost.count()).toBe(0);
    const laterSummary = page.getByRole('region', { name: 'Accepted answer' });
    await laterSummary.getByText('Portra 800, pushed one stop.').waitFor();
    await laterSummary.getByRole('link', { name: 'Go to the answer in the thread' }).click();
    await helperPost.getByText('Accepted answer', { exact: true }).waitFor();
    await eventually('the answer page address', () =>
      new URL(page.url()).hash === `#post-${answerId}` ? true : undefined,
    );
    await context.close();

    // Everyone else sees the same, after a reload.
    const reader = await open(null);
    await reader.page.goto(`${server.url}/b/${board.slug}/t/${threadId}`);
    await reader.page
      .getByRole('region', { name: 'Accepted answer' })
      .getByText('Portra 800, pushed one stop.')
      .waitFor();
    await reader.context.close();
  });

  it('lets authors delete their own reply and their own opening post, and nobody else sees Delete', async () => {
    const { startThread } = await server.graphql<{ startThread: { id: string } }>(
      START_THREAD,
      { input: { boardId: board.id, title: 'Sell my old lenses?', body: 'Three primes.' } },
      owner.token,
    );
    await server.graphql(
      REPLY,
      { input: { threadId: startThread.id, body: 'I would buy the 50 mm.' } },
      helper.token,
    );
    await server.graphql(
      REPLY,
      { input: { threadId: startThread.id, body: 'Changed my mind, keeping them.' } },
      owner.token,
    );
    const threadUrl = `${server.url}/b/${board.slug}/t/${startThread.id}`;

    const { context, page } = await open(owner);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(threadUrl);
    const ownPosts = page.getByRole('article', { name: `Post by ${owner.name}` });
    await ownPosts.nth(1).getByText('Changed my mind, keeping them.').waitFor();
    // No Delete on someone else's post.
    const helperPost = page.getByRole('article', { name: `Post by ${helper.name}` });
    expect(await helperPost.getByRole('button', { name: 'Delete' }).count()).toBe(0);

    await ownPosts.nth(1).getByRole('button', { name: 'Delete' }).click();
    await ownPosts.nth(1).getByText('deleted', { exact: true }).waitFor();
    await ownPosts.first().getByRole('button', { name: 'Delete' }).click();
    await ownPosts.first().getByText('deleted', { exact: true }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Sell my old lenses?' }).waitFor();
    await ownPosts.first().getByText('deleted', { exact: true }).waitFor();
    expect(await page.getByText('Three primes.').count()).toBe(0);
    expect(await page.getByText('Changed my mind, keeping them.').count()).toBe(0);
    // The conversation keeps its sense: the other reply stays.
    await helperPost.getByText('I would buy the 50 mm.').waitFor();
    await context.close();
  });

  it('edits the profile: display name, bio and, for staff, the staff title', async () => {
    const staff = await signUpVerified(server, {
      name: 'Stu Staff',
      handle: 'stu_staff',
      email: 'stu@staff.example',
    });
    const { context, page } = await open(staff);
    await page.goto(`${server.url}/settings`);
    await page.getByLabel('Display name').fill('Stuart Staff');
    await page.getByLabel('Bio').fill('Repairs shutters.');
    await page.getByLabel('Staff title').fill('Repair lead');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    await saveScreenshot(page, 'settings-profile-saved');

    await page.goto(`${server.url}/u/${staff.handle}`);
    await page.getByRole('heading', { name: 'Stuart Staff' }).waitFor();
    await page.getByText('Repairs shutters.').waitFor();
    await page.getByText('Repair lead').waitFor();
    const { user } = await server.graphql<{ user: Record<string, string> }>(PROFILE, {
      handle: staff.handle,
    });
    expect(user).toEqual({
      displayName: 'Stuart Staff',
      bio: 'Repairs shutters.',
      staffTitle: 'Repair lead',
    });
    await context.close();

    // A member has no staff title to set.
    const member = await open(helper);
    await member.page.goto(`${server.url}/settings`);
    await member.page.getByLabel('Display name').waitFor();
    expect(await member.page.getByLabel('Staff title').count()).toBe(0);
    await member.context.close();
  });

  it('shows the email in use and a change waiting for its link in the settings', async () => {
    const person = await signUpVerified(server, {
      name: 'Eve Email',
      handle: 'eve_email',
      email: 'eve@members.example',
    });
    const { context, page } = await open(person);
    await page.goto(`${server.url}/settings`);
    const panel = page.getByRole('form', { name: 'Email address' });
    await panel.getByText('You sign in with eve@members.example.').waitFor();
    await panel.getByLabel('New email').fill('eve@elsewhere.example');
    await panel.getByLabel('Current password').fill(PASSWORD);
    await panel.getByRole('button', { name: 'Change email' }).click();
    await panel.getByText('Waiting for confirmation: eve@elsewhere.example.').waitFor();
    await page.reload();
    await panel.getByText('Waiting for confirmation: eve@elsewhere.example.').waitFor();
    await panel.getByText('You sign in with eve@members.example.').waitFor();
    await context.close();
  });

  it('signs out everywhere: this browser and every other device', async () => {
    const person = await signUpVerified(server, {
      name: 'Sol Sessions',
      handle: 'sol_sessions',
      email: 'sol@members.example',
    });
    const { signIn: other } = await server.graphql<{ signIn: { token: string } }>(SIGN_IN, {
      input: { email: person.email, password: PASSWORD },
    });
    const { context, page } = await open(person);
    await page.goto(`${server.url}/settings`);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    for (const token of [person.token, other.token]) {
      const { me } = await server.graphql<{ me: unknown }>(ME, {}, token);
      expect(me).toBeNull();
    }
    await context.close();
  });

  it('downloads my data as JSON from the settings', async () => {
    const { context, page } = await open(helper);
    await page.goto(`${server.url}/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('boardwalk-export.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(JSON.stringify(exported)).toContain(helper.handle);
    expect(JSON.stringify(exported)).toContain('Portra 800, pushed one stop.');
    await context.close();
  });

  it('deletes the account: signed out, and the password no longer signs in', async () => {
    const person = await signUpVerified(server, {
      name: 'Dot Departing',
      handle: 'dot_departs',
      email: 'dot@members.example',
    });
    const { context, page } = await open(person);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.url}/settings`);
    const panel = page.getByRole('form', { name: 'Delete account' });
    await panel.getByLabel('Password').fill(PASSWORD);
    await panel.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();

    await page.goto(`${server.url}/signin`);
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong email or password.').waitFor();
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await context.close();
  });

  it('switches the directory tabs and finds boards with the search box', async () => {
    await server.graphql(
      CREATE_BOARD,
      { input: { name: 'Darkroom chemistry', description: 'Developers and fixers.' } },
      helper.token,
    );
    const { context, page } = await open(asker);
    await page.goto(`${server.url}/`);
    const tabs = page.getByRole('navigation', { name: 'Sort boards' });
    for (const [label, order] of [
      ['Newest', 'newest'],
      ['Most members', 'members'],
      ['Recently active', 'active'],
    ] as const) {
      await tabs.getByRole('link', { name: label }).click();
      await eventually(`the ${label} tab`, () =>
        new URL(page.url()).searchParams.get('order') === order ? true : undefined,
      );
      await expect(
        tabs.getByRole('link', { name: label }).getAttribute('aria-current'),
      ).resolves.toBe('page');
      await page.getByRole('link', { name: 'Film cameras' }).waitFor();
    }
    await page.getByRole('link', { name: 'Darkroom chemistry' }).waitFor();

    await page.getByRole('searchbox', { name: 'Find boards' }).fill('darkroom');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByRole('link', { name: 'Darkroom chemistry' }).waitFor();
    await eventually('the board list to narrow', async () =>
      (await page.getByRole('link', { name: 'Film cameras' }).count()) === 0 ? true : undefined,
    );
    expect(new URL(page.url()).searchParams.get('find')).toBe('darkroom');

    await page.getByRole('searchbox', { name: 'Find boards' }).fill('no such topic');
    await page.getByRole('searchbox', { name: 'Find boards' }).press('Enter');
    await page.getByText('No boards match “no such topic”.').waitFor();
    await saveScreenshot(page, 'board-directory-no-match');
    await context.close();
  });

  it('pages through a board with the "Older threads" link', async () => {
    // 21 threads, one more than a page; from three accounts, within new accounts' posting limit.
    const { createBoard: busy } = await server.graphql<{
      createBoard: { id: string; slug: string };
    }>(CREATE_BOARD, { input: { name: 'Busy board' } }, owner.token);
    const authors = [owner, asker, helper];
    for (let index = 1; index <= 21; index += 1) {
      await server.graphql(
        START_THREAD,
        { input: { boardId: busy.id, title: `Busy thread ${index}`, body: 'Some words.' } },
        authors[index % authors.length]?.token,
      );
    }
    const { context, page } = await open(null);
    await page.goto(`${server.url}/b/${busy.slug}`);
    await page.getByRole('link', { name: 'Busy thread 21' }).waitFor();
    expect(await page.getByRole('link', { name: 'Busy thread 1', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Older threads' }).click();
    await page.getByRole('link', { name: 'Busy thread 1', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Busy thread 21' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Older threads' }).count()).toBe(0);
    await context.close();
  });

  it('explains a verification or reset link with a bad token', async () => {
    const { context, page } = await open(null);
    await page.goto(`${server.url}/verify?token=not-a-real-token`);
    await page
      .getByRole('alert')
      .getByText('This link is invalid, expired or already used.')
      .waitFor();
    await saveScreenshot(page, 'verify-bad-token');

    await page.goto(`${server.url}/reset?token=not-a-real-token`);
    await page.getByLabel('New password').fill('a long enough password');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page
      .getByRole('alert')
      .getByText('This link is invalid, expired or already used.')
      .waitFor();
    expect(await page.getByText('Your password is changed', { exact: false }).count()).toBe(0);
    await context.close();
  });

  it('fits a phone screen: directory, board, settings and sign-up', async () => {
    const screens: Array<{
      name: string;
      person: SignedUpPerson | null;
      path: string;
      ready: string;
    }> = [
      { name: 'directory', person: asker, path: '/', ready: 'Boards' },
      { name: 'board', person: asker, path: `/b/${board.slug}`, ready: 'Film cameras' },
      { name: 'settings', person: asker, path: '/settings', ready: 'Settings' },
      { name: 'sign-up', person: null, path: '/signup', ready: 'Join Boardwalk' },
    ];
    for (const screen of screens) {
      const { context, page } = await open(screen.person, PHONE);
      await page.goto(`${server.url}${screen.path}`);
      await page.getByRole('heading', { name: screen.ready, exact: true }).first().waitFor();
      expect({ screen: screen.name, overflow: await horizontalOverflow(page) }).toEqual({
        screen: screen.name,
        overflow: 0,
      });
      await saveScreenshot(page, `${screen.name}-phone`);
      await context.close();
    }
  });

  it('has no serious accessibility violations on the main screens (axe-core)', async () => {
    const screens: Array<{ person: SignedUpPerson | null; path: string; ready: string }> = [
      { person: asker, path: '/', ready: 'Boards' },
      { person: asker, path: `/b/${board.slug}`, ready: 'Film cameras' },
      { person: asker, path: `/b/${board.slug}/t/${threadId}`, ready: 'Which film for low light?' },
      { person: asker, path: '/settings', ready: 'Settings' },
      { person: asker, path: `/u/${helper.handle}`, ready: helper.name },
      { person: null, path: '/signup', ready: 'Join Boardwalk' },
      { person: null, path: '/signin', ready: 'Sign in' },
      { person: null, path: '/moderation', ready: 'Moderation log' },
    ];
    const found: Array<{ path: string; violations: AxeViolation[] }> = [];
    for (const screen of screens) {
      const { context, page } = await open(screen.person);
      await page.goto(`${server.url}${screen.path}`);
      await page.getByRole('heading', { name: screen.ready, exact: true }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const violations = await seriousViolations(page);
      if (violations.length > 0) found.push({ path: screen.path, violations });
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
