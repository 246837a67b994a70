// Debian's Chromium through playwright-core, launched the way the browser tests launch it (headless,
// software rendering), and one measured visit of a bench page.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { chromium } from 'playwright-core';

import { startCpuMeter } from './cpu-meter.mjs';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
export const VIEWPORT = { width: 1280, height: 800 };

/** The flags of apps/web-e2e (no GPU here), plus: never throttle timers or frames of a page in the background. */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
/** Frames as fast as the renderer can make them, instead of at the (virtual) display's 60 Hz. */
export const UNCAPPED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

export function chromiumPath(explicit) {
  const found = explicit ?? CANDIDATES.find((p) => existsSync(p));
  if (!found || !existsSync(found)) {
    throw new Error('Chromium not found: apt-get install chromium, or pass --chromium <path>');
  }
  return found;
}

export async function launch(executablePath, { uncapped }) {
  const args = uncapped ? [...BASE_ARGS, ...UNCAPPED_ARGS] : BASE_ARGS;
  const browser = await chromium.launch({ executablePath, headless: true, args });
  return { browser, args };
}

/**
 * Loads one page in a fresh context, then: first render of all markers, a short pause, the moves phase.
 * Any console error or page error fails the visit.
 */
export async function measurePage(browser, url, churnOptions, screenshotsDir, label) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(url);
    const ready = await page.evaluate(() => window.wwBench.ready);
    const firstRender = await page.evaluate(() => window.wwBench.firstRender());
    await shoot(page, screenshotsDir, `${label}-first`);
    await page.waitForTimeout(500);
    const meter = startCpuMeter();
    const churn = await page.evaluate((o) => window.wwBench.churn(o), churnOptions);
    churn.cpu = meter();
    await shoot(page, screenshotsDir, `${label}-moved`);
    if (problems.length > 0) {
      throw new Error(problems.join('\n'));
    }
    return { ready, firstRender, churn };
  } finally {
    await context.close();
  }
}

async function shoot(page, dir, name) {
  if (dir) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`) });
  }
}
