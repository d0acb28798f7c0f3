import type { Browser } from 'playwright-core';
import { launchChromium, saveScreenshot } from './support/browser';
import { browserAs, signUpVerified, type SignedUpPerson } from './support/people';
import { ensureWebBuild } from './support/web-build';
import { WebTestServer } from './support/web-test-server';

jest.setTimeout(120_000);

const CREATE_BOARD = `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id slug } }`;
const START_THREAD = `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;
const IS_STAFF = `query ($handle: String!) { user(handle: $handle) { isStaff } }`;

describe('notifications and admin screens in a browser', () => {
  let server: WebTestServer;
  let browser: Browser;
  let member: SignedUpPerson;
  let replier: SignedUpPerson;
  let admin: SignedUpPerson;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await WebTestServer.start({ ADMIN_EMAILS: 'ada@boardwalk.example' });
    browser = await launchChromium();
    member = await signUpVerified(server, {
      name: 'Nia Notified',
      handle: 'nia_notified',
      email: 'nia@members.example',
    });
    replier = await signUpVerified(server, {
      name: 'Otto Other',
      handle: 'otto_other',
      email: 'otto@acme.example',
    });
    admin = await signUpVerified(server, {
      name: 'Ada Admin',
      handle: 'ada_admin',
      email: 'ada@boardwalk.example',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a reply notification in the header menu, links to it, and "Mark all read" clears the count', async () => {
    const { createBoard } = await server.graphql<{ createBoard: { id: string; slug: string } }>(
      CREATE_BOARD,
      { input: { name: 'Bike repair' } },
      member.token,
    );
    const { startThread } = await server.graphql<{ startThread: { id: string } }>(
      START_THREAD,
      { input: { boardId: createBoard.id, title: 'Squeaky disc brakes', body: 'Any fix?' } },
      member.token,
    );
    await server.graphql(
      REPLY,
      { input: { threadId: startThread.id, body: 'Clean the rotors with alcohol.' } },
      replier.token,
    );

    const { context, page } = await browserAs(browser, server, member);
    await page.goto(`${server.url}/`);
    const bell = page.getByRole('button', { name: 'Notifications, 1 unread' });
    await bell.click();
    await page.getByText(`${replier.name} replied in your thread`).waitFor();
    await saveScreenshot(page, 'notifications-menu');

    await page.getByRole('link', { name: 'Squeaky disc brakes' }).click();
    await page.getByRole('heading', { name: 'Squeaky disc brakes' }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#post-/);

    // Opening the thread it is about marks the notification read.
    await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();

    // A notification about another thread stays unread until "Mark all read".
    const { startThread: second } = await server.graphql<{ startThread: { id: string } }>(
      START_THREAD,
      { input: { boardId: createBoard.id, title: 'Loose headset', body: 'It rattles.' } },
      member.token,
    );
    await server.graphql(
      REPLY,
      { input: { threadId: second.id, body: 'Tighten the top cap first.' } },
      replier.token,
    );
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    await context.close();
  });

  it('fits the notification menu on a phone screen', async () => {
    const { context, page } = await browserAs(browser, server, member, { width: 390, height: 844 });
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: /^Notifications/ }).click();
    const panel = page.locator('.notification-menu__panel');
    await panel.getByRole('heading', { name: 'Notifications' }).waitFor();
    const box = await panel.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'notifications-menu-phone');
    await context.close();
  });

  it('invites action when there are no notifications', async () => {
    const { context, page } = await browserAs(browser, server, admin);
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Notifications, none unread' }).click();
    await page.getByText('Nothing new.').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByText('Nothing new.').count()).resolves.toBe(0);
    await context.close();
  });

  it('lets an admin edit the staff domains, showing the API refusal of a bad one', async () => {
    const { context, page } = await browserAs(browser, server, admin);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('heading', { name: 'Admin', exact: true }).waitFor();
    await saveScreenshot(page, 'admin');
    await page.getByRole('link', { name: 'Staff domains' }).click();
    await page.getByText('No staff domains yet.').waitFor();

    await page.getByLabel('Add a domain').fill('not a domain');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Save staff domains' }).click();
    await page.getByRole('alert').getByText('"not a domain" is not a valid domain name.').waitFor();
    await page.getByRole('button', { name: 'Remove not a domain' }).click();

    await page.getByLabel('Add a domain').fill('@Acme.example');
    await page.getByLabel('Add a domain').press('Enter');
    await page.getByRole('list', { name: 'Staff domains' }).getByText('acme.example').waitFor();
    await page.getByRole('button', { name: 'Save staff domains' }).click();
    await page.getByText('Staff domains saved.', { exact: false }).waitFor();
    await saveScreenshot(page, 'admin-staff-domains');

    // Otto verified an address at acme.example: staff at once, no approval step.
    const { user } = await server.graphql<{ user: { isStaff: boolean } }>(IS_STAFF, {
      handle: replier.handle,
    });
    expect(user.isStaff).toBe(true);
    await page.reload();
    await page.getByRole('list', { name: 'Staff domains' }).getByText('acme.example').waitFor();
    await context.close();
  });

  it('opens the growth reports page for admins with the range form and the chart area', async () => {
    const { context, page } = await browserAs(browser, server, admin);
    await page.goto(`${server.url}/admin/growth`);
    await page.getByRole('heading', { name: 'Growth reports' }).waitFor();
    await page.getByLabel('From').waitFor();
    await page.getByLabel('By').selectOption('WEEK');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.locator('.growth-chart canvas').waitFor();
    await page.getByRole('table', { name: 'Totals for the range' }).waitFor();
    await saveScreenshot(page, 'admin-growth');
    await context.close();
  });

  it('keeps admin screens and the Admin link from members', async () => {
    const { context, page } = await browserAs(browser, server, member);
    await page.goto(`${server.url}/admin/staff-domains`);
    await page.getByText('This page is for admins.').waitFor();
    expect(await page.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);
    await context.close();
  });

  it("serves admin pages on reload, while files under /admin stay the server's", async () => {
    const page = await fetch(`${server.url}/admin/staff-domains`, {
      headers: { accept: 'text/html' },
    });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const csv = await fetch(`${server.url}/admin/growth.csv`, { headers: { accept: 'text/html' } });
    expect(csv.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});
