import type { RoomDto, TagDto } from '@wardwatch/contracts';
import type { Browser } from 'playwright-core';

import { launchChromium, logIn, newPage, screenshot } from './browser';
import { api, gatewayIn, hear, randomMac, tokenOf, untilTagIn, wardFloor } from './hospital-api';

describe('commissioning a tag, in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  it('binds an unassigned tag heard near a room to a new asset', async () => {
    const admin = await tokenOf('admin@wardwatch.demo');
    const { buildingId, floorId, rooms } = await wardFloor(admin);
    const room: RoomDto = rooms[rooms.length - 2];
    // A tag nobody has bound yet, stuck on a new pump and switched on in that room.
    const mac = randomMac('C6:7A:EE');
    await hear(await gatewayIn(admin, room), [mac], -50);
    await untilTagIn(admin, mac, room.id);

    const { page, problems } = await newPage(browser);
    await logIn(page, 'biomed@wardwatch.demo');
    await page.waitForURL(/\/finder$/);
    await page.click('nav a:has-text("Commissioning")');
    await page.waitForURL(/\/commissioning$/);
    await page.locator('select[name=building]').selectOption(buildingId);
    await page.locator('select[name=floor]').selectOption(floorId);
    await page.locator('[data-testid=commission-room]').selectOption(room.id);
    const row = page.locator('[data-testid=unassigned-tag-row]', { hasText: mac });
    await row.waitFor({ timeout: 15_000 });
    // The tag heard in the chosen room is listed first: nearest first.
    await expect(page.locator('[data-testid=unassigned-tag-row]').first().innerText()).resolves.toContain(
      mac,
    );
    await row.locator('input[type=radio]').check();
    await expect(page.locator('[data-testid=bind-mac]').innerText()).resolves.toBe(mac);

    await page.check('[data-testid=bind-new]');
    const assetTag = `E2E-${mac.slice(-8).replace(/:/g, '')}`;
    await page.fill('#ww-new-tag', assetTag);
    await page.selectOption('#ww-new-category', 'infusion-pump');
    await page.fill('#ww-new-make', 'Baxter');
    await page.fill('#ww-new-model', 'Spectrum IQ');
    await page.fill('#ww-new-serial', `SIQ-${mac.replace(/:/g, '')}`);
    await page.fill('#ww-new-dept', 'ICU');
    await screenshot(page, 'commissioning-before-bind');
    await page.click('[data-testid=bind-submit]');

    const result = page.locator('[data-testid=bind-result]');
    await result.waitFor({ timeout: 10_000 });
    await expect(result.innerText()).resolves.toContain(assetTag);
    await screenshot(page, 'commissioning-bound');

    const tag = await api<TagDto>('GET', `/tags/${encodeURIComponent(mac)}`, admin);
    expect(tag).toMatchObject({ mac, assetTag });
    // It is no longer offered as unassigned.
    await expect(row.count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});
