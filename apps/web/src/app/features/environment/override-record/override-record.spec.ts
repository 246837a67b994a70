import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { TemporaryOverrideDto } from '@wardwatch/contracts';

import { OverrideRecord } from './override-record';
import { temporaryOverride } from './temporary-override.fixture';

const NOW = Date.parse('2026-11-21T12:00:00.000Z');
const base = temporaryOverride({ startsAt: '2026-11-21T11:00:00.000Z', endsAt: '2026-11-21T13:00:00.000Z' });

describe('OverrideRecord', () => {
  let fixture: ComponentFixture<OverrideRecord>;
  let host: HTMLElement;

  async function show(overrides: TemporaryOverrideDto[]): Promise<void> {
    fixture.componentRef.setInput('overrides', overrides);
    fixture.componentRef.setInput('timeZone', 'Europe/London');
    fixture.componentRef.setInput('at', NOW);
    fixture.detectChanges();
    await fixture.whenStable();
  }
  const rows = () =>
    [...host.querySelectorAll<HTMLTableRowElement>('[data-testid=override-record] tbody tr')].map((tr) => ({
      id: tr.dataset['overrideId'],
      status: tr.dataset['status'],
      text: tr.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    }));

  beforeEach(async () => {
    await TestBed.configureTestingModule({ imports: [OverrideRecord] }).compileComponents();
    fixture = TestBed.createComponent(OverrideRecord);
    host = fixture.nativeElement as HTMLElement;
  });

  it('says when there has been none', async () => {
    await show([]);
    expect(host.querySelector('[data-testid=override-record-empty]')?.textContent).toContain(
      'No temporary limits',
    );
    expect(rows()).toEqual([]);
  });

  it('lists each with its limits, who asked and why, its times on the unit clock and how it ended', async () => {
    await show([
      { ...base, id: 'now', humidityPct: { min: 30, max: 60 } },
      {
        ...base,
        id: 'replaced',
        requestedBy: 'Dr B. Mensah',
        startsAt: '2026-11-21T09:00:00.000Z',
        endsAt: '2026-11-21T11:00:00.000Z',
        endedEarly: {
          by: 'facilities@wardwatch.demo',
          reason: 'Replaced by a new override requested by Dr A. Osei',
          plannedEndsAt: '2026-11-21T15:00:00.000Z',
        },
      },
      {
        ...base,
        id: 'old',
        enteredBy: null,
        startsAt: '2026-11-20T09:00:00.000Z',
        endsAt: '2026-11-20T10:00:00.000Z',
      },
    ]);
    const [now, replaced, old] = rows();
    expect([now.id, replaced.id, old.id]).toEqual(['now', 'replaced', 'old']);
    expect([now.status, replaced.status, old.status]).toEqual([
      'in-force',
      'ended-early',
      'ended-as-planned',
    ]);
    expect(now.text).toContain('17–24 °C');
    expect(now.text).toContain('30–60 % RH');
    expect(now.text).toContain('Dr A. Osei: Cooler theatre for a long case');
    expect(now.text).toContain('(entered by facilities@wardwatch.demo)');
    expect(now.text).toContain('In force');
    expect(replaced.text).toContain(
      'Ended early by facilities@wardwatch.demo: Replaced by a new override requested by Dr A. Osei',
    );
    // 15:00 UTC is 15:00 GMT in London in November.
    expect(replaced.text).toMatch(/planned until .*3:00:00\s?PM GMT/);
    expect(old.text).toContain('Ran to its end');
    expect(old.text).not.toContain('entered by');
  });
});
