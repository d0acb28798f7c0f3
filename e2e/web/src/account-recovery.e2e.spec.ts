import type { Browser } from 'playwright-core';
import { launchChromium, saveScreenshot } from './support/browser';
import { browserAs, eventually, PASSWORD, signUpVerified } from './support/people';
import { ensureWebBuild } from './support/web-build';
import { WebTestServer } from './support/web-test-server';

jest.setTimeout(120_000);

const NEW_PASSWORD = 'a brand new passphrase';
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
const ME = `query { me { handle } }`;
const START_THREAD = `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const CREATE_BOARD = `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;

describe('account screens in a browser', () => {
  let server: WebTestServer;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await WebTestServer.start();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('resets a forgotten password through the mailed link and signs in with the new one', async () => {
    const person = await signUpVerified(server, {
      name: 'Flo Forgetful',
      handle: 'flo_forgets',
      email: 'flo@members.example',
    });
    const { context, page } = await browserAs(browser, server, null);
    await page.goto(`${server.url}/signin`);
    await page.getByRole('link', { name: /forgot/i }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('button', { name: 'Send the reset link' }).click();
    await page.getByText('a reset link is on its way', { exact: false }).waitFor();
    await saveScreenshot(page, 'forgot-password-sent');

    await page.goto(
      await eventually('the reset mail', () => server.mailedLink(person.email, '/reset')),
    );
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await saveScreenshot(page, 'reset-password');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByText('Your password is changed', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Sign in with the new password' }).click();

    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Settings' }).waitFor();
    await context.close();
  });

  it('changes the email address, which counts once the link mailed to the new one is opened', async () => {
    const person = await signUpVerified(server, {
      name: 'Cam Changer',
      handle: 'cam_changes',
      email: 'cam@old.example',
    });
    const newEmail = 'cam@new.example';
    const { context, page } = await browserAs(browser, server, person);
    await page.goto(`${server.url}/settings`);
    await page.getByLabel('New email').fill(newEmail);
    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Change email' }).click();
    await page.getByText(`We sent a confirmation link to ${newEmail}.`).waitFor();
    await saveScreenshot(page, 'settings-change-email');

    await page.goto(
      await eventually('the confirmation mail', () => server.mailedLink(newEmail, '/verify')),
    );
    await page.getByText('Your email address is confirmed.').waitFor();
    const { signIn } = await server.graphql<{ signIn: { token: string } }>(SIGN_IN, {
      input: { email: newEmail, password: PASSWORD },
    });
    expect(signIn.token).toBeTruthy();
    await context.close();
  });

  it('signs out another device from the settings, and that device is signed out', async () => {
    const person = await signUpVerified(server, {
      name: 'Dev Devices',
      handle: 'dev_devices',
      email: 'dev@members.example',
    });
    const { signIn: otherDevice } = await server.graphql<{ signIn: { token: string } }>(SIGN_IN, {
      input: { email: person.email, password: PASSWORD },
    });
    const { context, page } = await browserAs(browser, server, person);
    await page.goto(`${server.url}/settings`);
    const signOutDevice = page.getByRole('button', { name: 'Sign out this device' });
    await page.getByText('This device', { exact: true }).waitFor();
    // This browser uses the sign-up session; the second sign-in is the one other device.
    await expect(signOutDevice.count()).resolves.toBe(1);
    await saveScreenshot(page, 'settings-devices');
    await signOutDevice.click();
    await eventually('the device to leave the list', async () =>
      (await signOutDevice.count()) === 0 ? true : undefined,
    );
    const { me } = await server.graphql<{ me: null | { handle: string } }>(
      ME,
      {},
      otherDevice.token,
    );
    expect(me).toBeNull();
    const { me: stillHere } = await server.graphql<{ me: { handle: string } }>(
      ME,
      {},
      person.token,
    );
    expect(stillHere.handle).toBe(person.handle);
    await context.close();
  });

  it('turns notification mail off from the unsubscribe link, signed out', async () => {
    const member = await signUpVerified(server, {
      name: 'Uma Unsub',
      handle: 'uma_unsub',
      email: 'uma@members.example',
    });
    const replier = await signUpVerified(server, {
      name: 'Rex Replier',
      handle: 'rex_replier',
      email: 'rex@members.example',
    });
    const { context, page } = await browserAs(browser, server, member);
    await page.goto(`${server.url}/settings`);
    // Each radio button sits just left of its label, not stretched across the column.
    const eachMail = page.getByLabel(/A mail for each notification/);
    const radio = await eachMail.boundingBox();
    const label = await page
      .locator('label', { hasText: 'A mail for each notification' })
      .boundingBox();
    expect(radio && label && radio.width < 40 && radio.x + radio.width <= label.x).toBe(true);
    await eachMail.check();
    await page.getByRole('button', { name: 'Save notification mail' }).click();
    await page.getByText('Notification mail saved.').waitFor();
    await saveScreenshot(page, 'settings-notification-mail');

    const { createBoard } = await server.graphql<{ createBoard: { id: string } }>(
      CREATE_BOARD,
      { input: { name: 'Sourdough starters' } },
      member.token,
    );
    const { startThread } = await server.graphql<{ startThread: { id: string } }>(
      START_THREAD,
      { input: { boardId: createBoard.id, title: 'My starter smells odd', body: 'Is it dead?' } },
      member.token,
    );
    await server.graphql(
      REPLY,
      { input: { threadId: startThread.id, body: 'Feed it twice a day.' } },
      replier.token,
    );
    const link = await eventually('a notification mail', () =>
      server.mailedLink(member.email, '/unsubscribe'),
    );

    const anonymous = await browserAs(browser, server, null);
    await anonymous.page.goto(link);
    await anonymous.page.getByText('You will get no more notification mail').waitFor();
    await saveScreenshot(anonymous.page, 'unsubscribe');
    await anonymous.context.close();

    await page.reload();
    await expect(page.getByLabel(/No mail/).isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('explains an unsubscribe link that is not valid', async () => {
    const { context, page } = await browserAs(browser, server, null);
    await page.goto(`${server.url}/unsubscribe?token=not-a-real-token`);
    await page.getByRole('alert').getByText('This unsubscribe link is not valid.').waitFor();
    await context.close();
  });
});
