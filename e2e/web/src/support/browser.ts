import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const ARTIFACTS_DIR = join(__dirname, '..', '..', 'artifacts');

/** The system Chromium (Debian's package in CI); browsers are never downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A full-page screenshot in e2e/web/artifacts (git-ignored), for people reviewing the screens. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

/** Whether the element has the page's focus (the tests' tsconfig has no DOM types). */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element: unknown) =>
      element === (globalThis as { document?: { activeElement: unknown } }).document?.activeElement,
  );
}
