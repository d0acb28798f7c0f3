import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GrowthRollupService } from '@boardwalk/server-growth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS_DIR, hasFocus, launchChromium, saveScreenshot } from './support/browser';
import { browserAs, PASSWORD, signUpVerified, type SignedUpPerson } from './support/people';
import { ensureWebBuild, WORKSPACE_ROOT } from './support/web-build';
import { WebTestServer } from './support/web-test-server';

jest.setTimeout(180_000);

const CREATE_BOARD = `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id slug } }`;
const START_THREAD = `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;
const SET_TITLE = `mutation ($title: String!) { updateProfile(input: { staffTitle: $title }) { id } }`;

const member = { name: 'Lia Live', handle: 'lia_live', email: 'lia@members.example' };
const THREAD_TITLE = 'Can the grinder run on a timer?';
const STAFF_REPLY = 'Yes: hold the button for three seconds to set it.';

/** Live updates must arrive without a reload: every wait below has this budget. */
const LIVE_MS = 15_000;

describe('live updates in two browsers', () => {
  let server: WebTestServer;
  let browser: Browser;
  let staff: SignedUpPerson;
  let admin: SignedUpPerson;
  let memberContext: BrowserContext;
  let memberPage: Page;
  let staffPage: Page;
  let boardUrl = '';
  let boardId = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = await WebTestServer.start({
      STAFF_EMAIL_DOMAINS: 'staff.example',
      ADMIN_EMAILS: 'ada@boardwalk.example',
    });
    browser = await launchChromium();
    staff = await signUpVerified(server, {
      name: 'Sam Staff',
      handle: 'sam_staff',
      email: 'sam@staff.example',
    });
    await server.graphql(SET_TITLE, { title: 'Support engineer' }, staff.token);
    admin = await signUpVerified(server, {
      name: 'Ada Admin',
      handle: 'ada_admin',
      email: 'ada@boardwalk.example',
    });
    memberContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    memberPage = await memberContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a member signs up, verifies through the outbox link, creates a board, starts a thread; a second browser context, signed in as a staff user, sees the thread appear live and replies; the first sees the reply and the staff badge live', async () => {
    await memberPage.goto(`${server.url}/signup`);
    await memberPage.getByLabel('Your name').fill(member.name);
    await memberPage.getByLabel('Email').fill(member.email);
    await memberPage.getByLabel('Password').fill(PASSWORD);
    await memberPage.getByRole('button', { name: 'Create account' }).click();
    await memberPage.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await memberPage.goto(server.mailedLink(member.email, '/verify'));
    await memberPage.getByText('Your email address is confirmed.').waitFor();

    await memberPage.goto(`${server.url}/boards/new`);
    await memberPage.getByLabel('Name').fill('Grinder owners');
    await memberPage.getByLabel('What is it about? (optional)').fill('Burrs, timers and beans.');
    await memberPage.getByRole('button', { name: 'Create the board' }).click();
    await memberPage.getByRole('heading', { name: 'Grinder owners' }).waitFor();
    boardUrl = memberPage.url();

    ({ page: staffPage } = await browserAs(browser, server, staff));
    await staffPage.goto(boardUrl);
    await staffPage.getByRole('heading', { name: 'Grinder owners' }).waitFor();
    // Both are on the board page: each sees the other in the presence line.
    await memberPage.getByText('2 here now', { exact: false }).waitFor({ timeout: LIVE_MS });
    await staffPage.getByText('2 here now', { exact: false }).waitFor({ timeout: LIVE_MS });
    await staffPage.getByText(member.name, { exact: false }).first().waitFor();
    await saveScreenshot(staffPage, 'live-board-presence');

    await memberPage.getByLabel('Title').fill(THREAD_TITLE);
    await memberPage.getByLabel('Opening post').fill('I grind for two every morning.');
    await memberPage.getByRole('button', { name: 'Start the thread' }).click();
    await memberPage.getByRole('heading', { name: THREAD_TITLE }).waitFor();

    // No reload on the staff side: the thread appears in the list the staff member is reading.
    const liveThread = staffPage.getByRole('link', { name: THREAD_TITLE });
    await liveThread.waitFor({ timeout: LIVE_MS });
    await saveScreenshot(staffPage, 'live-board-new-thread');
    await liveThread.click();
    await staffPage.getByRole('heading', { name: THREAD_TITLE }).waitFor();

    await staffPage.getByLabel('Reply', { exact: true }).fill(STAFF_REPLY);
    await staffPage.getByRole('button', { name: 'Post reply' }).click();

    const staffPost = memberPage.getByRole('article', { name: `Post by ${staff.name}` });
    await staffPost.getByText(STAFF_REPLY).waitFor({ timeout: LIVE_MS });
    await staffPost.getByText('Staff', { exact: true }).waitFor();
    await staffPost.getByText('Support engineer').waitFor();
    await memberPage.getByText('1 reply', { exact: false }).first().waitFor();
    await saveScreenshot(memberPage, 'live-thread-staff-reply');
  });

  it('raises the unread count live when the staff reply notifies the member', async () => {
    await memberPage
      .getByRole('button', { name: 'Notifications, 1 unread' })
      .waitFor({ timeout: LIVE_MS });
    await saveScreenshot(memberPage, 'live-notification-count');
  });

  it('shows the other reader typing, and the indicator expires', async () => {
    // Keystrokes over more than the 2 s typing throttle: the staff member was typing moments ago
    // (the previous reply), so the first keystroke may fall inside the server's throttle window.
    // Watched while the keys go in: on a loaded machine the typing can outlast the indicator.
    const indicator = memberPage.getByText(`${staff.name} is typing…`);
    const typing = staffPage
      .getByLabel('Reply', { exact: true })
      .pressSequentially('Also, the timer', { delay: 200 });
    await indicator.waitFor({ timeout: LIVE_MS });
    await typing;
    await saveScreenshot(memberPage, 'live-typing');
    await indicator.waitFor({ state: 'detached', timeout: LIVE_MS });
    await staffPage.getByLabel('Reply', { exact: true }).fill('');
  });

  it('applies an edit live', async () => {
    const ownPost = staffPage.getByRole('article', { name: `Post by ${staff.name}` });
    await ownPost.getByRole('button', { name: 'Edit' }).click();
    // Focus follows the editor in and back out, for keyboard and screen-reader users.
    expect(await hasFocus(ownPost.getByLabel('Edit your post'))).toBe(true);
    await ownPost.getByLabel('Edit your post').fill(`${STAFF_REPLY} Edited for clarity.`);
    await ownPost.getByRole('button', { name: 'Save', exact: true }).click();
    await memberPage.getByText('Edited for clarity.').waitFor({ timeout: LIVE_MS });
    expect(await hasFocus(ownPost.getByRole('button', { name: 'Edit' }))).toBe(true);
  });

  it('answers one post with its Reply button: the reply says whom it answers', async () => {
    const staffPost = memberPage.getByRole('article', { name: `Post by ${staff.name}` });
    await staffPost.getByRole('button', { name: `Reply to ${staff.name}` }).click();
    const text = memberPage.getByRole('textbox', { name: `Reply to ${staff.name}`, exact: true });
    expect(await hasFocus(text)).toBe(true);
    await text.fill('Thanks, that worked.');
    await memberPage.getByRole('button', { name: 'Post reply' }).click();
    const answer = memberPage.getByRole('article', { name: `Post by ${member.name}` }).last();
    await answer.getByText('Thanks, that worked.').waitFor();
    await answer.getByText(`Replying to ${staff.name}`).waitFor();
    // Seen the same way by the staff member, live.
    await staffPage
      .getByRole('article', { name: `Post by ${member.name}` })
      .last()
      .getByText('Thanks, that worked.')
      .waitFor({ timeout: LIVE_MS });
    // The form is back to replying to the thread.
    await memberPage.getByLabel('Reply', { exact: true }).waitFor();
  });

  it('marks notifications about a thread read when it is opened, from the menu or again', async () => {
    // The member's reply answered the staff member's post: a notification they open from the menu.
    await staffPage.goto(boardUrl);
    const staffBell = staffPage.getByRole('button', { name: /^Notifications, 1 unread/ });
    await staffBell.waitFor({ timeout: LIVE_MS });
    await staffBell.click();
    await staffPage
      .locator('.notification-list')
      .getByRole('link', { name: THREAD_TITLE })
      .first()
      .click();
    await staffPage.getByRole('heading', { name: THREAD_TITLE }).waitFor();
    await staffPage
      .getByRole('button', { name: 'Notifications, none unread' })
      .waitFor({ timeout: LIVE_MS });
    // The member still has the staff reply unread; reading the thread again clears it.
    await memberPage.getByRole('button', { name: /^Notifications, 1 unread/ }).waitFor();
    await memberPage.reload();
    await memberPage
      .getByRole('button', { name: 'Notifications, none unread' })
      .waitFor({ timeout: LIVE_MS });
  });

  it('keeps a reader who scrolled up in place and offers the new replies in a pill', async () => {
    // Long replies rather than many: new accounts may post ten times in ten minutes.
    const { startThread } = await server.graphql<{ startThread: { id: string } }>(
      START_THREAD,
      { input: { boardId: await boardIdOf(), title: 'Long thread', body: 'Opening words.' } },
      admin.token,
    );
    const paragraph = 'A paragraph that makes the page long enough to scroll through. '.repeat(6);
    for (let index = 1; index <= 4; index += 1) {
      const body = [`Reply number ${index}.`, ...Array<string>(6).fill(paragraph)].join('\n\n');
      await server.graphql(REPLY, { input: { threadId: startThread.id, body } }, admin.token);
    }
    await memberPage.goto(`${boardUrl}/t/${startThread.id}`);
    await memberPage.getByText('Reply number 4.').waitFor();
    await memberPage.evaluate('window.scrollTo(0, 400)');
    await memberPage.waitForTimeout(300);
    const before = await memberPage.evaluate<number>('window.scrollY');
    expect(before).toBe(400);

    await server.graphql(
      REPLY,
      { input: { threadId: startThread.id, body: 'A late reply.' } },
      staff.token,
    );
    const pill = memberPage.getByRole('button', { name: /1 new reply/ });
    await pill.waitFor({ timeout: LIVE_MS });
    expect(await memberPage.evaluate<number>('window.scrollY')).toBe(before);
    await saveScreenshot(memberPage, 'live-new-replies-pill');

    await pill.click();
    await memberPage.getByText('A late reply.').waitFor();
    expect(await memberPage.getByText('A late reply.').isVisible()).toBe(true);
    expect(await memberPage.evaluate<number>('window.scrollY')).toBeGreaterThan(before);
    await pill.waitFor({ state: 'detached' });

    // Near the end but not at it: a reply that arrives in view needs no pill.
    await memberPage.evaluate(
      'window.scrollTo(0, document.documentElement.scrollHeight - window.innerHeight - 150)',
    );
    await memberPage.waitForTimeout(300);
    await server.graphql(
      REPLY,
      { input: { threadId: startThread.id, body: 'A reply that lands in view.' } },
      staff.token,
    );
    await memberPage.getByText('A reply that lands in view.').waitFor({ timeout: LIVE_MS });
    expect(await memberPage.getByText('A reply that lands in view.').isVisible()).toBe(true);
    await memberPage.waitForTimeout(500);
    expect(await memberPage.getByRole('button', { name: /new repl/ }).count()).toBe(0);
  });

  it('shows a new board live on the directory', async () => {
    await memberPage.goto(`${server.url}/`);
    await memberPage.getByRole('heading', { name: 'Boards' }).waitFor();
    // The socket connects after the page renders; a board created before it would be missed.
    await memberPage.waitForLoadState('networkidle');
    await server.graphql(
      CREATE_BOARD,
      { input: { name: 'Latte art', description: 'Hearts, tulips and rosettas.' } },
      staff.token,
    );
    await memberPage
      .getByRole('region', { name: 'Just started' })
      .getByRole('link', { name: 'Latte art' })
      .waitFor({ timeout: LIVE_MS });
    await saveScreenshot(memberPage, 'live-directory-new-board');
  });

  it('saves the board page with threads, presence and a staff reply for the README', async () => {
    await server.graphql(
      START_THREAD,
      {
        input: {
          boardId: await boardIdOf(),
          title: 'Which beans for a light roast?',
          body: 'Fruity, please.',
        },
      },
      admin.token,
    );
    // Seen by the staff member, who does not moderate the board: the threads come first.
    await memberPage.goto(boardUrl);
    await staffPage.goto(boardUrl);
    await staffPage.getByText('2 here now', { exact: false }).waitFor({ timeout: LIVE_MS });
    await staffPage.getByText('Staff replied').first().waitFor();
    // An artifact like every other screenshot; the README's copy in docs/ changes only when asked
    // (UPDATE_SCREENSHOTS=1), so a test run leaves the work tree clean.
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const shot = await staffPage.screenshot({ path: join(ARTIFACTS_DIR, 'board-page.png') });
    if (process.env['UPDATE_SCREENSHOTS'] === '1') {
      mkdirSync(join(WORKSPACE_ROOT, 'docs'), { recursive: true });
      writeFileSync(join(WORKSPACE_ROOT, 'docs', 'board-page.png'), shot);
    }
  });

  it('shows an admin the growth chart, totals and top boards from real data', async () => {
    // Reports read daily rollups, which the server refreshes hourly; this test cannot wait.
    await server.get(GrowthRollupService).rebuild();
    const { context, page } = await browserAs(browser, server, admin);
    await page.goto(`${server.url}/admin/growth`);
    await page.getByRole('heading', { name: 'Growth reports' }).waitFor();
    await page.locator('.growth-chart canvas').waitFor();
    const topBoards = page.getByRole('table', { name: 'Most active boards' });
    await topBoards.getByRole('link', { name: 'Grinder owners' }).waitFor();
    await page.getByRole('table', { name: 'Totals for the range' }).waitFor();
    // The chart's text alternative: its figures per day, folded away until asked for.
    await page.getByText("The chart's figures by day").click();
    const perDay = page.getByRole('table', { name: 'Chart figures by day' });
    await perDay.waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const todayRow = perDay.getByRole('row', { name: new RegExp(`^${today}`) });
    // Today: the member, the staff member and the admin posted; the staff reply counts as such.
    const cells = await todayRow.getByRole('cell').allTextContents();
    expect(Number(cells[0])).toBeGreaterThanOrEqual(3);
    expect(Number(cells[2])).toBeGreaterThanOrEqual(1);
    await page.getByRole('link', { name: 'Download CSV' }).waitFor();
    await saveScreenshot(page, 'live-admin-growth');
    await context.close();
  });

  it('a tab whose session is revoked elsewhere shows the reader signed out and stays live on public boards', async () => {
    const reader = await signUpVerified(server, {
      name: 'Rey Revoked',
      handle: 'rey_revoked',
      email: 'rey@members.example',
    });
    const { context, page } = await browserAs(browser, server, reader);
    await page.goto(boardUrl);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // The tab's socket is connected and watching (presence counts it) before the revocation.
    await page.getByText(/\d+ here now/).waitFor({ timeout: LIVE_MS });

    // Signed out everywhere from another device: the server ends this tab's socket.
    await server.graphql(`mutation { signOut(everywhere: true) }`, {}, reader.token);
    await page
      .getByRole('link', { name: 'Sign in', exact: true })
      .first()
      .waitFor({ timeout: LIVE_MS });
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'detached' });

    // Still live, now as an anonymous reader.
    const title = 'Does the timer survive a power cut?';
    await server.graphql(
      START_THREAD,
      { input: { boardId: await boardIdOf(), title, body: 'Asking for a friend.' } },
      staff.token,
    );
    await page.getByRole('link', { name: title }).waitFor({ timeout: LIVE_MS });
    await context.close();
  });

  async function boardIdOf(): Promise<string> {
    if (boardId) return boardId;
    const slug = new URL(boardUrl).pathname.split('/')[2];
    const { board } = await server.graphql<{ board: { id: string } }>(
      `query ($slug: String!) { board(slug: $slug) { id } }`,
      { slug },
    );
    boardId = board.id;
    return boardId;
  }
});
