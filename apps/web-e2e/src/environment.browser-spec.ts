import type { AlertDto, MonitoredUnitDto, Page as AlertPage, RoomDto, SiteDto } from '@wardwatch/contracts';
import type { Browser, Page } from 'playwright-core';

import { readFileSync } from 'node:fs';

import { BASE_URL, launchChromium, logIn, newPage, screenshot } from './browser';
import {
  api,
  everyMinuteFor,
  gatewayIn,
  postTelemetry,
  tokenOf,
  until,
  type TestGateway,
} from './hospital-api';

const NOTE = 'Chiller reset; temperature back in range';
/** How long the excursion lasts: past the operating-room profile's 30 minutes before an alert. */
const OUT_OF_RANGE_MINUTES = 35;

/** A day on the site's clock (report days are the site's local days). */
const dayIn = (timeZone: string, at: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );

describe('environment monitoring in Chromium', () => {
  let browser: Browser;
  let admin: string;
  let facilities: string;
  let or: MonitoredUnitDto;
  let gateway: TestGateway;
  let sensor: string;

  const unit = () => api<MonitoredUnitDto>('GET', `/monitored-units/${or.id}`, facilities);
  /** The OR's unresolved alerts of a kind (asked for by kind: other kinds can be many). */
  const orAlerts = async (kind: AlertDto['kind']) =>
    (
      await api<AlertPage<AlertDto>>('GET', `/alerts?state=active&kind=${kind}&limit=200`, facilities)
    ).items.filter((a) => a.roomId === or.roomId && a.title.startsWith(`${or.name}:`));
  const roomPath = (page: Page) => page.locator(`path.ww-room[data-room-id="${or.roomId}"]`);

  beforeAll(async () => {
    browser = await launchChromium();
    admin = await tokenOf('admin@wardwatch.demo');
    facilities = await tokenOf('facilities@wardwatch.demo');
    const units = await api<MonitoredUnitDto[]>('GET', '/monitored-units', facilities);
    const ors = units
      .filter((u) => u.profileCode === 'operating-room' && u.sensorMacs.length > 0)
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    if (ors.length === 0) {
      throw new Error('the demo hospital has no monitored operating room');
    }
    or = ors[0];
    sensor = or.sensorMacs[0];
    gateway = await gatewayIn(admin, await api<RoomDto>('GET', `/rooms/${or.roomId}`, admin));

    // A fresh database has no readings: every sensor is silent. Bring the OR in range first, with its
    // humidity sensor reporting (no temperature yet), and resolve the silent-sensor alert once it cleared.
    await postTelemetry(
      gateway,
      everyMinuteFor(OUT_OF_RANGE_MINUTES, -30_000).map((at) => ({
        sensor,
        at,
        humidity: { value: 45, unit: '%' },
      })),
    );
    await until(
      `${or.name} in range`,
      async () => {
        for (const alert of await orAlerts('sensor-silent')) {
          if (alert.conditionClearedAt) {
            await api('POST', `/alerts/${alert.id}/resolve`, facilities, { note: 'Sensor reporting again' });
          }
        }
        return unit();
      },
      (u) => u.condition === 'ok',
    );
  });

  afterAll(() => browser?.close());

  it('shows an OR driven out of range in the alert colour, live; the alert is acknowledged, resolved with a note and reported', async () => {
    const { page, problems } = await newPage(browser);
    await logIn(page, 'facilities@wardwatch.demo');
    // Facilities land on room conditions.
    await page.waitForURL(/\/environment$/, { timeout: 20_000 });
    const row = page.locator(`[data-testid=unit-row][data-unit-id="${or.id}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getAttribute('data-condition')).toBe('ok');
    await screenshot(page, 'environment-home-facilities');

    // The floor plan of the OR's floor: the OR drawn in range.
    await page.goto(`${BASE_URL}/floors/${or.floorId}`);
    await page.waitForSelector(`path.ww-room--condition-ok[data-room-id="${or.roomId}"]`, {
      timeout: 20_000,
    });
    expect(await roomPath(page).getAttribute('stroke')).toBe('#00795a');
    await screenshot(page, 'environment-or-in-range');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    // Drive it out of range: 27 °C for the last 35 minutes, one reading a minute.
    await postTelemetry(
      gateway,
      everyMinuteFor(OUT_OF_RANGE_MINUTES).map((at) => ({
        sensor,
        at,
        temperature: { value: 27, unit: '°C' },
      })),
    );
    const posted = Date.now();

    // Within seconds, without a reload, the room turns to the alert colour and pattern …
    await page.waitForSelector(`path.ww-room--condition-alert[data-room-id="${or.roomId}"]`, {
      timeout: 20_000,
    });
    const path = roomPath(page);
    expect(await path.getAttribute('fill')).toBe('url(#ww-condition-alert)');
    expect(await path.getAttribute('stroke')).toBe('#a33f00');
    expect(Number(await path.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(4);
    // … and the alert appears in the alerts bar.
    await page
      .locator('[data-testid=alerts-kind-count]', { hasText: 'Temperature out of range: 1' })
      .waitFor({ timeout: 20_000 });
    expect(navigations).toEqual([]);
    console.info(
      `${or.name} turned to the alert colour ${Date.now() - posted} ms after the readings were posted`,
    );
    await screenshot(page, 'environment-or-alert-live');

    // Acknowledge it from the bar.
    const title = `${or.name}: temperature out of range`;
    await page.click('[data-testid=alerts-bar-toggle]');
    const item = page.locator('[data-testid=alerts-bar-item]', { hasText: title });
    await item.waitFor({ timeout: 10_000 });
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'environment-alert-in-bar');
    expect(navigations).toEqual([]);
    await item.locator('[data-testid=alerts-bar-acknowledge]').click();
    await page
      .locator('[data-testid=alerts-bar-item]', { hasText: title })
      .filter({ hasText: 'Acknowledged by' })
      .waitFor({ timeout: 10_000 });
    const [acknowledged] = await orAlerts('temperature-excursion');
    expect(acknowledged.state).toBe('acknowledged');
    expect(acknowledged.acknowledgedBy).toBe('facilities@wardwatch.demo');
    await screenshot(page, 'environment-alert-acknowledged');

    // The chiller is reset: the OR is back in range, and the alert notes that its condition cleared.
    await page.goto(`${BASE_URL}/alerts`);
    await page.selectOption('#ww-alert-kind', 'temperature-excursion');
    const card = page.locator('[data-testid=alert-card]', { hasText: title });
    await card.waitFor({ timeout: 15_000 });
    await postTelemetry(gateway, [{ sensor, at: Date.now(), temperature: { value: 22, unit: '°C' } }]);
    await card.locator('[data-testid=alert-condition-cleared]').waitFor({ timeout: 20_000 });

    // Resolve it with the corrective action taken.
    await card.locator('[data-testid=alert-resolve]').click();
    await card.locator('textarea[name=resolution]').fill(NOTE);
    await screenshot(page, 'environment-alert-resolving');
    await card.locator('[data-testid=alert-submit]').click();
    await card.waitFor({ state: 'detached', timeout: 10_000 });
    const resolved = await api<AlertDto>('GET', `/alerts/${acknowledged.id}`, facilities);
    expect(resolved.state).toBe('resolved');
    expect(resolved.resolutionNote).toBe(NOTE);
    await until('the OR back in range', unit, (u) => u.condition === 'ok');

    // The day's report lists the excursion with who acknowledged and resolved it, and the note.
    const [site] = await api<SiteDto[]>('GET', '/sites', facilities);
    const from = dayIn(site.timezone, Date.parse(resolved.openedAt));
    const to = dayIn(site.timezone, Date.now());
    await page.goto(`${BASE_URL}/environment/reports?unitId=${or.id}&from=${from}&to=${to}`);
    const excursion = page.locator('[data-testid=report-excursion]', { hasText: 'Temperature out of range' });
    await excursion.waitFor({ timeout: 15_000 });
    const text = await excursion.innerText();
    expect(text).toContain('Acknowledged by facilities@wardwatch.demo');
    expect(text).toContain(`Resolved by facilities@wardwatch.demo`);
    expect(text).toContain(NOTE);
    await expect(page.locator('[data-testid=report-unit] h2').innerText()).resolves.toBe(or.name);
    await screenshot(page, 'environment-report');

    // The CSV download (fetched with the bearer token, saved from a blob) holds the same.
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await page.click('[data-testid=report-csv]');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`wardwatch-compliance-${from}-to-${to}.csv`);
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.split('\n')[0]).toContain('minutes_out_of_range');
    expect(csv).toContain(or.name);
    expect(csv).toContain(NOTE);

    expect(problems).toEqual([]);
  });
});
