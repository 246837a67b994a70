import { ComponentFixture, TestBed } from '@angular/core/testing';
import type {
  FloorDto,
  GatewayDto,
  MonitoredUnitDto,
  PlanPolygon,
  RoomDto,
  SpaceClass,
} from '@wardwatch/contracts';
import { FloorPlanMap } from './floor-plan-map';

const FLOOR: FloorDto = {
  id: 'floor-1',
  buildingId: 'building-a',
  name: 'Level 3',
  level: 3,
  outline: [
    [0, 0],
    [60, 0],
    [60, 30],
    [0, 30],
  ],
  widthM: 60,
  heightM: 30,
};

function rect(x: number, y: number, w: number, h: number): PlanPolygon {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

function room(i: number, spaceClass: SpaceClass): RoomDto {
  const x = (i % 10) * 6;
  const y = Math.floor(i / 10) * 6;
  return {
    id: `room-${i}`,
    floorId: FLOOR.id,
    number: `3${String(i).padStart(2, '0')}`,
    name: `Room ${i}`,
    spaceClass,
    polygon: rect(x, y, 6, 6),
    centroid: [x + 3, y + 3],
  };
}

const CLASSES: SpaceClass[] = ['patient-room', 'icu-room', 'corridor', 'operating-room', 'stair'];
const rooms = (n: number): RoomDto[] =>
  Array.from({ length: n }, (_, i) => room(i, CLASSES[i % CLASSES.length]));

function gateway(i: number): GatewayDto {
  return {
    id: `gw-${i}`,
    mac: `AC:23:3F:00:00:0${i}`,
    name: `Gateway ${i}`,
    floorId: FLOOR.id,
    roomId: null,
    point: [5 + i * 10, 15],
    lastHeardAt: null,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

function monitored(roomId: string, over: Partial<MonitoredUnitDto> = {}): MonitoredUnitDto {
  return {
    id: `unit-${roomId}-${over.kind ?? 'room'}`,
    name: `Unit in ${roomId}`,
    kind: 'room',
    profileCode: 'operating-room',
    profileName: 'Operating room',
    roomId,
    floorId: FLOOR.id,
    timezone: 'America/Chicago',
    assetId: null,
    sensorMacs: [],
    temperatureC: { min: 20, max: 24 },
    humidityPct: { min: 20, max: 60 },
    latest: { at: '2026-11-21T10:00:00Z', temperatureC: 21.5, humidityPct: 45, powerW: null, powerOn: null },
    condition: 'ok',
    openAlerts: 0,
    override: null,
    ...over,
  };
}

describe('FloorPlanMap', () => {
  let fixture: ComponentFixture<FloorPlanMap>;
  let host: HTMLElement;

  async function render(
    inputs: Partial<{
      floor: FloorDto | null;
      rooms: RoomDto[];
      gateways: GatewayDto[];
      selectedRoomId: string | null;
      units: MonitoredUnitDto[];
    }>,
  ) {
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    await TestBed.configureTestingModule({ imports: [FloorPlanMap] }).compileComponents();
    fixture = TestBed.createComponent(FloorPlanMap);
    host = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => fixture.destroy());

  it('draws one SVG path per room, classed by space class', async () => {
    const given = rooms(12);
    await render({ floor: FLOOR, rooms: given });

    const paths = host.querySelectorAll('path.ww-room');
    expect(paths).toHaveLength(12);
    paths.forEach((p) => expect(p.namespaceURI).toBe('http://www.w3.org/2000/svg'));
    expect(host.querySelectorAll('path.ww-room--patient-room')).toHaveLength(
      given.filter((r) => r.spaceClass === 'patient-room').length,
    );
    expect(host.querySelectorAll('path.ww-room--stair')).toHaveLength(2);
  });

  it('draws the floor outline under the rooms', async () => {
    await render({ floor: FLOOR, rooms: rooms(3) });
    expect(host.querySelectorAll('path.ww-floor-outline')).toHaveLength(1);
  });

  it('replaces the room layer when rooms change, without rebuilding the map', async () => {
    await render({ floor: FLOOR, rooms: rooms(12) });
    const map = fixture.componentInstance.leafletMap();
    expect(map).not.toBeNull();

    await render({ rooms: rooms(4) });
    expect(host.querySelectorAll('path.ww-room')).toHaveLength(4);
    expect(fixture.componentInstance.leafletMap()).toBe(map);

    await render({ rooms: [] });
    expect(host.querySelectorAll('path.ww-room')).toHaveLength(0);
  });

  it('labels rooms except corridors', async () => {
    const given = rooms(10);
    await render({ floor: FLOOR, rooms: given });
    const labels = host.querySelectorAll('.ww-room-label');
    expect(labels).toHaveLength(given.filter((r) => r.spaceClass !== 'corridor').length);
    expect(labels[0].textContent).toContain(given[0].number);
  });

  it('draws gateways as circle markers and removes them when cleared', async () => {
    await render({ floor: FLOOR, rooms: rooms(5), gateways: [gateway(1), gateway(2), gateway(3)] });
    expect(host.querySelectorAll('path.ww-gateway')).toHaveLength(3);
    expect(host.querySelectorAll('path.ww-room')).toHaveLength(5);

    await render({ gateways: [] });
    expect(host.querySelectorAll('path.ww-gateway')).toHaveLength(0);
  });

  it('emits the clicked room', async () => {
    const given = rooms(5);
    await render({ floor: FLOOR, rooms: given });
    const selected: (RoomDto | null)[] = [];
    fixture.componentInstance.roomSelected.subscribe((r) => selected.push(r));

    const path = host.querySelectorAll('path.ww-room')[2];
    path.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));

    expect(selected).toEqual([given[2]]);
  });

  it('marks the selected room', async () => {
    await render({ floor: FLOOR, rooms: rooms(5), selectedRoomId: 'room-1' });
    const selected = host.querySelectorAll('path.ww-room--selected');
    expect(selected).toHaveLength(1);
    expect(selected[0].getAttribute('stroke-width')).toBe('3');

    await render({ selectedRoomId: null });
    expect(host.querySelectorAll('path.ww-room--selected')).toHaveLength(0);
  });

  it('draws monitored rooms by condition, with a class per condition, and leaves the others alone', async () => {
    await render({
      floor: FLOOR,
      rooms: rooms(6),
      units: [
        monitored('room-1'),
        monitored('room-2', { condition: 'alert', openAlerts: 1 }),
        monitored('room-3', { condition: 'no-data', latest: null }),
      ],
    });
    const path = (i: number) => host.querySelector(`path.ww-room[data-room-id=room-${i}]`) as Element;
    expect(path(1).classList).toContain('ww-room--condition-ok');
    expect(path(2).classList).toContain('ww-room--condition-alert');
    expect(path(2).getAttribute('fill')).toBe('url(#ww-condition-alert)');
    expect(path(2).getAttribute('stroke-width')).toBe('4');
    expect(path(3).classList).toContain('ww-room--condition-no-data');
    expect(path(3).getAttribute('stroke-dasharray')).toBe('6 4');
    expect(host.querySelectorAll('path.ww-room--monitored')).toHaveLength(3);
    expect(path(0).getAttribute('class')).not.toMatch(/condition/);
    // The patterns the paths refer to are defined once, beside the map.
    expect(host.querySelector('pattern#ww-condition-alert')).not.toBeNull();
    expect(host.querySelector('pattern#ww-condition-no-data')).not.toBeNull();
  });

  it('recolours a room when its condition changes, without redrawing the rooms', async () => {
    await render({ floor: FLOOR, rooms: rooms(4), units: [monitored('room-1')] });
    const before = host.querySelector('path.ww-room[data-room-id=room-1]') as Element;
    expect(before.classList).toContain('ww-room--condition-ok');

    await render({ units: [monitored('room-1', { condition: 'alert', openAlerts: 1 })] });
    const after = host.querySelector('path.ww-room[data-room-id=room-1]') as Element;
    expect(after).toBe(before);
    expect(after.classList).toContain('ww-room--condition-alert');
    expect(after.classList).not.toContain('ww-room--condition-ok');

    await render({ units: [] });
    expect(after.getAttribute('class')).not.toMatch(/condition|monitored/);
    expect(after.getAttribute('stroke-width')).toBe('1');
  });

  it('keeps the condition of the selected room and outlines it in blue', async () => {
    await render({
      floor: FLOOR,
      rooms: rooms(4),
      units: [monitored('room-1', { condition: 'alert', openAlerts: 1 })],
      selectedRoomId: 'room-1',
    });
    const path = host.querySelector('path.ww-room[data-room-id=room-1]') as Element;
    expect(path.classList).toContain('ww-room--selected');
    expect(path.classList).toContain('ww-room--condition-alert');
    expect(path.getAttribute('stroke')).toBe('#0a58a8');
    expect(path.getAttribute('fill')).toBe('url(#ww-condition-alert)');
  });

  it("writes the room's latest temperature in its label", async () => {
    await render({
      floor: FLOOR,
      rooms: rooms(4),
      units: [
        monitored('room-3', {
          latest: {
            at: '2026-11-21T10:00:00Z',
            temperatureC: 27,
            humidityPct: 45,
            powerW: null,
            powerOn: null,
          },
        }),
      ],
    });
    const labels = host.querySelectorAll('.ww-room-label__reading');
    expect(Array.from(labels).map((l) => l.textContent)).toContain('27.0 °C');
    const reading = Array.from(labels).find((l) => l.textContent === '27.0 °C');
    expect(reading?.classList).toContain('ww-room-label__reading--ok');
  });

  it('badges a room holding fridges, in their most urgent condition, and selects the room from it', async () => {
    const given = rooms(4);
    await render({
      floor: FLOOR,
      rooms: given,
      units: [
        monitored('room-2', { kind: 'fridge', condition: 'ok' }),
        monitored('room-2', { kind: 'freezer', id: 'freezer', condition: 'alert', openAlerts: 1 }),
      ],
    });
    const badges = host.querySelectorAll('.ww-unit-badge');
    expect(badges).toHaveLength(1);
    expect(badges[0].classList).toContain('ww-unit-badge--alert');
    expect(badges[0].textContent).toContain('❄ 2');
    expect(badges[0].getAttribute('title')).toBe('302 Room 2: 2 monitored units: 1 alert, 1 in range');
    // Only equipment here: the room itself is not coloured.
    expect(host.querySelectorAll('path.ww-room--monitored')).toHaveLength(0);

    const selected: (RoomDto | null)[] = [];
    fixture.componentInstance.roomSelected.subscribe((r) => selected.push(r));
    badges[0].dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 5 }));
    expect(selected).toEqual([given[2]]);
    // From the keyboard too: it is in the tab order, and Enter selects.
    expect(badges[0].getAttribute('tabindex')).toBe('0');
    badges[0].dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', bubbles: true }));
    expect(selected).toEqual([given[2], given[2]]);
  });

  it('removes the Leaflet map when destroyed', async () => {
    await render({ floor: FLOOR, rooms: rooms(2) });
    const map = fixture.componentInstance.leafletMap();
    if (!map) {
      throw new Error('The map was not created');
    }
    const remove = jest.spyOn(map, 'remove');
    fixture.destroy();
    expect(remove).toHaveBeenCalledTimes(1);
  });
});
