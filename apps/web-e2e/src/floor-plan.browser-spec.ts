import { existsSync, statSync } from 'node:fs';

import type { Browser } from 'playwright-core';

import { BASE_URL, launchChromium, logIn, newPage, screenshot } from './browser';

describe('floor plan in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  it('a facilities user logs in and sees the rooms of a floor drawn on the plan', async () => {
    const { page, problems } = await newPage(browser);
    await logIn(page, 'facilities@wardwatch.demo');
    // Facilities land on room conditions; the floor plan is one click away.
    await page.waitForURL(/\/environment$/);
    await page.click('nav a[href="/floors"]');
    await page.waitForURL(/\/floors\//);
    await page.waitForSelector('path.ww-room', { timeout: 20_000 });

    const floorId = page.url().split('/floors/')[1]?.split(/[?#]/)[0];
    expect(floorId).toMatch(/^[0-9a-f-]{36}$/);
    const login = await fetch(`${BASE_URL}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'facilities@wardwatch.demo', password: 'wardwatch-demo' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const rooms = (await (
      await fetch(`${BASE_URL}/api/v1/floors/${floorId}/rooms`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      })
    ).json()) as { spaceClass: string }[];
    expect(rooms.length).toBeGreaterThan(20);

    // Every room of the floor is drawn, each as an SVG path classed by its space class.
    expect(await page.locator('path.ww-room').count()).toBe(rooms.length);
    expect(await page.locator('path.ww-room--corridor').count()).toBe(
      rooms.filter((r) => r.spaceClass === 'corridor').length,
    );
    // Rooms are painted in more than one colour: the plan is not a grid of identical boxes.
    const fills = await page.$$eval(
      'path.ww-room',
      (paths) => new Set(paths.map((p) => p.getAttribute('fill'))).size,
    );
    expect(fills).toBeGreaterThanOrEqual(4);
    await expect(page.locator('[data-testid=current-user]').innerText()).resolves.toMatch(/Facilities/i);

    const file = await screenshot(page, 'floor-plan-facilities');
    expect(existsSync(file) && statSync(file).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });

  it('refuses a wrong password with a message and stays on the login page', async () => {
    const { page } = await newPage(browser);
    await logIn(page, 'facilities@wardwatch.demo', 'not-the-password');
    await expect(page.locator('[role=alert]').innerText()).resolves.toMatch(/email or password is wrong/);
    expect(page.url()).toContain('/login');
    await screenshot(page, 'login-refused');
  });

  it('sends a visitor without a session to the login page', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${BASE_URL}/floors`);
    await page.waitForURL(/\/login/);
    expect(await page.locator('input[name=email]').isVisible()).toBe(true);
  });
});
