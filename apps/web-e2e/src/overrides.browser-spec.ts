import type { MonitoredUnitDto, TemporaryOverrideDto } from '@wardwatch/contracts';
import type { Browser, Page } from 'playwright-core';

import { BASE_URL, launchChromium, logIn, newPage, screenshot } from './browser';
import { api, tokenOf } from './hospital-api';

/** A zone far from any demo site's, so that the browser's clock and the unit's differ by hours. */
const BROWSER_ZONE = 'Asia/Tokyo';

/** What a `datetime-local` field shows for an instant on a zone's clock: "2026-11-21T18:00" (Swedish dates are ISO). */
const wallClock = (at: number, timeZone: string): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' })
    .format(at)
    .replace(' ', 'T');

describe('temporary limits in Chromium', () => {
  let browser: Browser;
  let facilities: string;
  let or: MonitoredUnitDto;

  beforeAll(async () => {
    browser = await launchChromium();
    facilities = await tokenOf('facilities@wardwatch.demo');
    const ors = (await api<MonitoredUnitDto[]>('GET', '/monitored-units', facilities))
      .filter((u) => u.profileCode === 'operating-room')
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    // Not the first OR: the environment spec drives that one out of range.
    or = ors[ors.length - 1];
    if (ors.length < 2 || or.timezone === BROWSER_ZONE) {
      throw new Error('the demo hospital needs two operating rooms, away from Tokyo');
    }
  });

  afterAll(() => browser?.close());

  async function request(page: Page, requestedBy: string, min: string, until: string): Promise<void> {
    await page.click('[data-testid=override-start]');
    const form = page.locator('form').filter({ has: page.locator('input[name=until]') });
    await form.locator('input[name=temperatureMin]').fill(min);
    await form.locator('input[name=requestedBy]').fill(requestedBy);
    await form.locator('textarea[name=reason]').fill('Long case: the team asked for a cooler theatre');
    await form.locator('input[name=until]').fill(until);
    await form.locator('button[type=submit]').click();
  }

  it('records a surgeon’s limits until a time on the unit’s clock, and a second request replaces the first on the record', async () => {
    const { page, problems } = await newPage(browser, { timezoneId: BROWSER_ZONE });
    await logIn(page, 'facilities@wardwatch.demo');
    await page.waitForURL(/\/environment$/);
    await page.goto(`${BASE_URL}/environment/units/${or.id}`);
    await page.waitForSelector('[data-testid=unit-override-record]');

    // Until two hours from now, typed as the ward clock shows it (not the Tokyo browser's).
    const until = Math.ceil((Date.now() + 2 * 3_600_000) / 60_000) * 60_000;
    await request(page, 'Dr A. Osei, surgeon', '18', wallClock(until, or.timezone));
    await page.waitForSelector('[data-testid=override-record] tr[data-status=in-force]');
    const first = (
      await api<TemporaryOverrideDto[]>('GET', `/monitored-units/${or.id}/overrides`, facilities)
    )[0];
    expect(first).toMatchObject({ requestedBy: 'Dr A. Osei, surgeon', temperatureC: { min: 18 } });
    expect(Date.parse(first.endsAt)).toBe(until);

    await request(page, 'Dr C. Boateng, anaesthetist', '17', wallClock(until, or.timezone));
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=override-record] tbody tr').length === 2,
    );
    const rows = await page.$$eval('[data-testid=override-record] tbody tr', (trs) =>
      trs.map((tr) => ({ status: tr.getAttribute('data-status'), text: tr.textContent ?? '' })),
    );
    expect(rows.map((r) => r.status)).toEqual(['in-force', 'ended-early']);
    expect(rows[0].text).toContain('Dr C. Boateng, anaesthetist');
    expect(rows[1].text).toContain('Replaced by a new override requested by Dr C. Boateng, anaesthetist');
    await expect(page.locator('[data-testid=unit-override]').innerText()).resolves.toContain('17–');
    await page.locator('[data-testid=unit-override-record]').scrollIntoViewIfNeeded();
    await screenshot(page, 'override-record');

    // Ended now, on the record, so that the unit is back to its profile for whatever runs next.
    await page.click('[data-testid=unit-override] [data-testid=override-end-start]');
    await page.fill('[data-testid=unit-override] textarea', 'Case finished early');
    await page.click('[data-testid=override-end-submit]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=override-record] tbody tr')?.getAttribute('data-status') ===
        'ended-early',
    );

    // The day's compliance report states both, beside the day's figures (a report day is the site's).
    const today = wallClock(Date.now(), or.timezone).slice(0, 10);
    await page.goto(`${BASE_URL}/environment/reports?unitId=${or.id}&from=${today}&to=${today}`);
    const stated = page.locator('[data-testid=report-temporary-limits]');
    await stated.first().waitFor({ timeout: 15_000 });
    const texts = await stated.allInnerTexts();
    expect(texts.filter((t) => t.includes('Requested by Dr A. Osei, surgeon'))).toHaveLength(1);
    const second = texts.find((t) => t.includes('Requested by Dr C. Boateng, anaesthetist')) ?? '';
    expect(second).toContain('Temporary limits 17–');
    expect(second).toContain('Ended early by facilities@wardwatch.demo: Case finished early');
    await stated.last().scrollIntoViewIfNeeded();
    await screenshot(page, 'override-in-report');
    expect(problems).toEqual([]);
  });
});
