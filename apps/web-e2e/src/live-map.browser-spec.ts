import type { AssetDto, RoomDto } from '@wardwatch/contracts';
import type { Browser } from 'playwright-core';

import { BASE_URL, launchChromium, logIn, newPage, screenshot } from './browser';
import {
  api,
  distance,
  gatewayIn,
  hear,
  taggedAssets,
  tokenOf,
  untilTagIn,
  wardFloor,
  type TestGateway,
} from './hospital-api';

describe('finding equipment on the live map, in Chromium', () => {
  let browser: Browser;
  let admin: string;
  let buildingId: string;
  let floorId: string;
  let rooms: RoomDto[];
  const gateways = new Map<string, TestGateway>();

  /** A gateway of our own in a room, registered once. */
  const gatewayOf = async (room: RoomDto): Promise<TestGateway> => {
    let gateway = gateways.get(room.id);
    if (!gateway) {
      gateway = await gatewayIn(admin, room);
      gateways.set(room.id, gateway);
    }
    return gateway;
  };
  /** The room's gateway hears the tags loud. */
  const heardIn = async (room: RoomDto, tags: string[]) => hear(await gatewayOf(room), tags, -48);

  beforeAll(async () => {
    browser = await launchChromium();
    admin = await tokenOf('admin@wardwatch.demo');
    ({ buildingId, floorId, rooms } = await wardFloor(admin));
  });

  afterAll(() => browser?.close());

  it.each([
    ['admin@wardwatch.demo', /\/floors\//, 'home-admin'],
    ['biomed@wardwatch.demo', /\/finder$/, 'home-biomed'],
    ['facilities@wardwatch.demo', /\/environment$/, 'home-facilities'],
    ['supply@wardwatch.demo', /\/assets$/, 'home-supply'],
  ])('%s lands on its home page', async (email, home, shot) => {
    const { page, problems } = await newPage(browser);
    await logIn(page, email);
    await page.waitForURL(home, { timeout: 20_000 });
    await page.waitForSelector('h1');
    await page.waitForLoadState('networkidle');
    await screenshot(page, shot);
    expect(problems).toEqual([]);
  });

  it('finds an asset by its serial number and shows it highlighted in its room on its floor', async () => {
    const [pump] = await taggedAssets(admin, 'syringe-pump', 1);
    const room = rooms[3];
    await heardIn(room, [pump.tagMac]);
    await untilTagIn(admin, pump.tagMac, room.id);

    const { page, problems } = await newPage(browser);
    await logIn(page, 'biomed@wardwatch.demo');
    await page.waitForURL(/\/finder$/);
    await page.fill('[data-testid=finder-search]', pump.serialNumber);
    const result = page.locator('[data-testid=finder-result]');
    await expect(result.first().innerText()).resolves.toContain(pump.assetTag);
    expect(await result.count()).toBe(1);
    await expect(result.first().innerText()).resolves.toContain(room.number);
    await result.first().click();

    const place = page.locator('[data-testid=highlight-place]');
    await page.waitForFunction(
      (roomId) =>
        document.querySelector('[data-testid=highlight-place]')?.getAttribute('data-room-id') === roomId,
      room.id,
      { timeout: 15_000 },
    );
    await expect(place.innerText()).resolves.toBe(`${pump.assetTag} is in ${room.number} ${room.name}`);
    await expect(page.locator('[data-testid=finder-map-title]').innerText()).resolves.toContain(room.number);
    await page.waitForTimeout(800); // let the highlight pulse settle for the screenshot
    await screenshot(page, 'finder-serial-highlighted');
    expect(problems).toEqual([]);
  });

  it('answers "nearest available infusion pump" with the located pumps in order of distance', async () => {
    const origin = rooms[0];
    const byDistance = rooms.slice(1).sort((a, b) => distance(origin, a) - distance(origin, b));
    // Three available pumps, placed far, near and in between (not in order of their asset tags).
    const pumps = await taggedAssets(admin, 'infusion-pump', 3);
    const placed: [AssetDto & { tagMac: string }, RoomDto][] = [
      [pumps[0], byDistance[Math.min(12, byDistance.length - 1)]],
      [pumps[1], byDistance[1]],
      [pumps[2], byDistance[5]],
    ];
    for (const [pump, room] of placed) {
      await heardIn(room, [pump.tagMac]);
    }
    for (const [pump, room] of placed) {
      await untilTagIn(admin, pump.tagMac, room.id);
    }
    const expected = [...placed]
      .sort(([, a], [, b]) => distance(origin, a) - distance(origin, b))
      .map(([pump]) => pump.assetTag);

    const { page, problems } = await newPage(browser);
    await logIn(page, 'biomed@wardwatch.demo');
    await page.waitForURL(/\/finder$/);
    await page.selectOption('#ww-nearest-category', 'infusion-pump');
    const form = page.locator('form[aria-label="Nearest available"]');
    await form.locator('select[name=building]').selectOption(buildingId);
    await form.locator('select[name=floor]').selectOption(floorId);
    await page.selectOption('[data-testid=nearest-room]', origin.id);
    await page.click('[data-testid=nearest-submit]');
    await page.waitForSelector('[data-testid=nearest-item]', { timeout: 15_000 });
    const shown = await page.$$eval('[data-testid=nearest-item]', (items) =>
      items.map((li) => li.getAttribute('data-asset-tag')),
    );
    expect(shown.slice(0, 3)).toEqual(expected);
    await page.waitForSelector('[data-testid=highlight-place]:not([hidden])', { timeout: 15_000 });
    await screenshot(page, 'finder-nearest-infusion-pump');
    expect(problems).toEqual([]);
  });

  it('moves the marker within 3 s of a sighting batch, without reloading the page', async () => {
    const [monitor] = await taggedAssets(admin, 'patient-monitor', 1);
    const [from, to] = [rooms[7], rooms[9]];
    await heardIn(from, [monitor.tagMac]);
    await untilTagIn(admin, monitor.tagMac, from.id);

    await gatewayOf(to); // installed beforehand, like the hospital's own gateways
    const { page, problems } = await newPage(browser);
    await logIn(page, 'facilities@wardwatch.demo');
    await page.waitForURL(/\/environment$/);
    await page.goto(`${BASE_URL}/floors/${floorId}?asset=${monitor.id}`);
    await page.waitForFunction(
      (roomId) =>
        document.querySelector('[data-testid=highlight-place]')?.getAttribute('data-room-id') === roomId,
      from.id,
      { timeout: 15_000 },
    );
    await expect(page.locator('[data-testid=live-status]').innerText()).resolves.toMatch(/Live/);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    // It is wheeled out: its old room hears it faintly, the new one loud. Like real gateways, both keep
    // sending a batch a second while it stays there. The engine wants evidence over time (one glimpse never
    // moves a tag), so whether the first two batches suffice depends on whether the worker takes them in
    // the same cycle; the next second's always do.
    const posted = Date.now();
    let reporting = true;
    const reports = (async () => {
      for (let second = 0; reporting && second < 3; second++) {
        const next = posted + (second + 1) * 1000;
        await hear(await gatewayOf(from), [monitor.tagMac], -95);
        await heardIn(to, [monitor.tagMac]);
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      }
    })();
    const moved = page.waitForFunction(
      (roomId) =>
        document.querySelector('[data-testid=highlight-place]')?.getAttribute('data-room-id') === roomId,
      to.id,
      { timeout: 3_000 },
    );
    await moved.finally(() => (reporting = false));
    const tookMs = Date.now() - posted;
    await reports;
    expect(tookMs).toBeLessThan(3_000);
    expect(navigations).toEqual([]);
    await expect(page.locator('[data-testid=highlight-place]').innerText()).resolves.toBe(
      `${monitor.assetTag} is in ${to.number} ${to.name}`,
    );
    await page.waitForTimeout(700); // the glide lasts about 0.6 s
    await screenshot(page, 'marker-moved-live');
    // The server agrees with what the map shows.
    const tag = await api<{ location: { roomId: string } }>('GET', `/tags/${monitor.tagMac}`, admin);
    expect(tag.location.roomId).toBe(to.id);
    expect(problems).toEqual([]);
  });
});
