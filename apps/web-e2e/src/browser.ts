import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { Browser, chromium, Page } from 'playwright-core';

export const BASE_URL = required('WARDWATCH_URL');
const ARTIFACTS = process.env['TEST_ARTIFACTS_DIR'] ?? path.resolve(__dirname, '../../../test-artifacts');

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run browser tests through npm test`);
  }
  return value;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: required('CHROMIUM_PATH'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * A page that records console errors and failed requests, so tests can insist there are none; with
 * `timezoneId`, the browser's clock is in that IANA zone (a user elsewhere than the hospital).
 */
export async function newPage(
  browser: Browser,
  options: { timezoneId?: string } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      problems.push(`console: ${msg.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/** Keeps a screenshot under test-artifacts/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export async function logIn(page: Page, email: string, password = 'wardwatch-demo'): Promise<void> {
  await page.goto(`${BASE_URL}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}
