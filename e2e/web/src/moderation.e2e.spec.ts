import type { Browser, Page } from 'playwright-core';
import { launchChromium, saveScreenshot } from './support/browser';
import { browserAs, signUpVerified, type SignedUpPerson } from './support/people';
import { ensureWebBuild } from './support/web-build';
import { WebTestServer } from './support/web-test-server';

jest.setTimeout(120_000);

const CREATE_BOARD = `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id slug } }`;
const JOIN_BOARD = `mutation ($boardId: ID!) { joinBoard(boardId: $boardId) { id } }`;
const START_THREAD = `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;

const RUDE_REPLY = 'Only an idiot would buy that kettle.';
const HIDE_REASON = 'Personal attack on another member.';
const LIVE_HIDDEN_REPLY = 'Vinegar is for people who cannot read a manual.';
const HIDE_POST = `mutation ($postId: ID!, $reason: String!) { hidePost(postId: $postId, reason: $reason) { id } }`;
const BOARD_ID = `query ($slug: String!) { board(slug: $slug) { id } }`;

describe('moderation in a browser', () => {
  let server: WebTestServer;
  let browser: Browser;
  let moderator: SignedUpPerson;
  let author: SignedUpPerson;
  let reader: SignedUpPerson;
  let boardPath = '';
  let threadPath = '';

  /** The reply by the author, as a given viewer's page shows it. */
  const authorPost = (page: Page) => page.getByRole('article', { name: `Post by ${author.name}` });

  beforeAll(async () => {
    await ensureWebBuild();
    server = await WebTestServer.start();
    browser = await launchChromium();
    moderator = await signUpVerified(server, {
      name: 'Mo Derator',
      handle: 'mo_derator',
      email: 'mo@members.example',
    });
    author = await signUpVerified(server, {
      name: 'Al Author',
      handle: 'al_author',
      email: 'al@members.example',
    });
    reader = await signUpVerified(server, {
      name: 'Rae Reader',
      handle: 'rae_reader',
      email: 'rae@members.example',
    });
    const { createBoard } = await server.graphql<{ createBoard: { id: string; slug: string } }>(
      CREATE_BOARD,
      { input: { name: 'Tea kettles', description: 'Stovetop and electric.' } },
      moderator.token,
    );
    for (const member of [author, reader]) {
      await server.graphql(JOIN_BOARD, { boardId: createBoard.id }, member.token);
    }
    const { startThread } = await server.graphql<{ startThread: { id: string } }>(
      START_THREAD,
      {
        input: { boardId: createBoard.id, title: 'Gooseneck or not?', body: 'For pour-over.' },
      },
      reader.token,
    );
    await server.graphql(
      REPLY,
      { input: { threadId: startThread.id, body: RUDE_REPLY } },
      author.token,
    );
    boardPath = `/b/${createBoard.slug}`;
    threadPath = `${boardPath}/t/${startThread.id}`;
  });

  const boardIdOf = async (path: string): Promise<string> =>
    (
      await server.graphql<{ board: { id: string } }>(BOARD_ID, {
        slug: path.replace('/b/', ''),
      })
    ).board.id;

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a reader flag a post with a reason in a dialog, once', async () => {
    const { context, page } = await browserAs(browser, server, reader);
    await page.goto(`${server.url}${threadPath}`);
    const post = authorPost(page);
    await post.getByRole('button', { name: 'Flag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flag this post' });
    await dialog.waitFor();
    // The reason field has focus, so the reader can type at once.
    await page.keyboard.type('Insults people who disagree.');
    await expect(dialog.getByLabel('What is wrong with it?').inputValue()).resolves.toBe(
      'Insults people who disagree.',
    );
    await saveScreenshot(page, 'flag-dialog');
    await dialog.getByRole('button', { name: 'Send flag' }).click();
    await post.getByText('Flagged', { exact: true }).waitFor();
    await expect(dialog.count()).resolves.toBe(0);
    expect(await post.getByRole('button', { name: 'Flag' }).count()).toBe(0);

    // Escape closes the dialog without sending, and focus goes back to the button.
    await page.reload();
    await authorPost(page).getByRole('button', { name: 'Flag' }).click();
    await page.getByRole('dialog', { name: 'Flag this post' }).waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    // An expression string: the test's TypeScript has no DOM typings.
    const focused = await page.evaluate<string>(
      "document.activeElement.textContent + ' in ' + document.activeElement.closest('article').getAttribute('aria-label')",
    );
    expect(focused).toBe(`Flag in Post by ${author.name}`);
    await context.close();
  });

  it('shows the board moderator the open flag in the moderator tools', async () => {
    const { context, page } = await browserAs(browser, server, moderator);
    await page.goto(`${server.url}${boardPath}`);
    const tools = page.getByRole('region', { name: 'Moderator tools' });
    await tools.getByText('Insults people who disagree.', { exact: false }).waitFor();
    await tools.getByText(RUDE_REPLY).waitFor();
    await tools.getByRole('button', { name: 'Hide post' }).waitFor();
    await saveScreenshot(page, 'board-moderator-tools');
    await context.close();
  });

  it('lets the moderator hide the post with a reason: readers see a notice, the author the body', async () => {
    const mod = await browserAs(browser, server, moderator);
    await mod.page.goto(`${server.url}${threadPath}`);
    await authorPost(mod.page).getByRole('button', { name: 'Hide' }).click();
    const dialog = mod.page.getByRole('dialog', { name: 'Hide this post' });
    await dialog.getByLabel('Reason').fill(HIDE_REASON);
    await dialog.getByRole('button', { name: 'Hide the post' }).click();
    await authorPost(mod.page).getByText('Hidden by moderators', { exact: false }).waitFor();
    await authorPost(mod.page).getByText(RUDE_REPLY).waitFor();
    await authorPost(mod.page).getByRole('button', { name: 'Show again' }).waitFor();
    await saveScreenshot(mod.page, 'thread-hidden-moderator');
    await mod.context.close();

    const read = await browserAs(browser, server, reader);
    await read.page.goto(`${server.url}${threadPath}`);
    const hiddenForReader = authorPost(read.page);
    await hiddenForReader.getByText("This post was hidden by the board's moderators.").waitFor();
    expect(await hiddenForReader.getByText(RUDE_REPLY).count()).toBe(0);
    await saveScreenshot(read.page, 'thread-hidden-reader');

    const own = await browserAs(browser, server, author);
    await own.page.goto(`${server.url}${threadPath}`);
    await authorPost(own.page).getByText('Hidden by moderators', { exact: false }).waitFor();
    await authorPost(own.page).getByText(RUDE_REPLY).waitFor();
    await saveScreenshot(own.page, 'thread-hidden-author');
    await own.context.close();

    // The reader follows the notice to the board's public log.
    await hiddenForReader.getByRole('link', { name: 'See the moderation log' }).click();
    await read.page.getByRole('heading', { name: 'Moderation log: Tea kettles' }).waitFor();
    await read.page.getByText(`Reason: ${HIDE_REASON}`).waitFor();
    await read.context.close();
  });

  it('lists the hide in the public moderation log, signed out, with who, whom, where and why', async () => {
    const { context, page } = await browserAs(browser, server, null);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Moderation log' }).click();
    await page.getByRole('heading', { name: 'Moderation log' }).waitFor();
    const entry = page.getByRole('article', { name: 'Hid a post' });
    await entry.getByText(`Reason: ${HIDE_REASON}`).waitFor();
    await entry.getByRole('link', { name: moderator.name }).waitFor();
    await entry.getByRole('link', { name: author.name }).waitFor();
    await entry.getByRole('link', { name: 'Tea kettles' }).waitFor();
    await entry.getByRole('link', { name: 'The post in “Gooseneck or not?”' }).waitFor();
    await saveScreenshot(page, 'moderation-log');
    await context.close();
  });

  it('fits the moderation log on a phone screen', async () => {
    const { context, page } = await browserAs(browser, server, reader, { width: 390, height: 844 });
    await page.goto(`${server.url}/moderation`);
    await page.getByRole('article', { name: 'Hid a post' }).waitFor();
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'moderation-log-phone');
    await context.close();
  });

  // Last: it adds a second hide to the log the tests above read.
  it('keeps a hidden post readable, live, for its author and the moderators, not for others', async () => {
    const { startThread } = await server.graphql<{ startThread: { id: string } }>(
      START_THREAD,
      {
        input: {
          boardId: await boardIdOf(boardPath),
          title: 'Descaling with vinegar',
          body: 'Does it work?',
        },
      },
      reader.token,
    );
    const { reply } = await server.graphql<{ reply: { id: string } }>(
      REPLY,
      { input: { threadId: startThread.id, body: LIVE_HIDDEN_REPLY } },
      author.token,
    );
    const path = `${boardPath}/t/${startThread.id}`;
    const watching = await Promise.all(
      [author, reader].map(async (person) => {
        const opened = await browserAs(browser, server, person);
        await opened.page.goto(`${server.url}${path}`);
        await authorPost(opened.page).getByText(LIVE_HIDDEN_REPLY).waitFor();
        return opened;
      }),
    );
    // Hidden through the API while both pages are open: they learn it from the room's event.
    await server.graphql(HIDE_POST, { postId: reply.id, reason: HIDE_REASON }, moderator.token);
    const [authorView, readerView] = watching;
    await authorPost(authorView.page).getByText('Hidden by moderators', { exact: false }).waitFor();
    await authorPost(authorView.page).getByText(LIVE_HIDDEN_REPLY).waitFor();
    await authorPost(readerView.page)
      .getByText('This post was hidden by the board', { exact: false })
      .waitFor();
    await expect(authorPost(readerView.page).getByText(LIVE_HIDDEN_REPLY).count()).resolves.toBe(0);
    for (const view of watching) await view.context.close();
  });
});
