import type { FloorAssetDto, PlanPolygon, PositionChangeEvent, RoomDto } from '@wardwatch/contracts';
import * as L from 'leaflet';
import { AssetMarkerLayer, type AssetClickEvent, type RoomCountClickEvent } from './asset-marker-layer';

const FLOOR = 'floor-3';

function rect(x: number, y: number, w: number, h: number): PlanPolygon {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

const ROOMS: RoomDto[] = ['r1', 'r2', 'r3'].map((id, i) => ({
  id,
  floorId: FLOOR,
  number: id,
  name: id,
  spaceClass: 'patient-room',
  polygon: rect(i * 10, 0, 5, 4),
  centroid: [i * 10 + 2.5, 2],
}));

function asset(n: number, roomId: string): FloorAssetDto {
  return {
    assetId: `a${n}`,
    assetTag: `T-${n}`,
    categoryCode: n % 2 ? 'bed' : 'iv-pole',
    status: 'available',
    tagMac: `AA:00:00:00:00:0${n}`,
    roomId,
    confidence: 1,
    lastSeenAt: '2026-11-21T10:00:00Z',
  };
}

const ASSETS = [asset(1, 'r1'), asset(2, 'r1'), asset(3, 'r1'), asset(4, 'r2')];

function move(assetId: string, roomId: string, floorId = FLOOR): PositionChangeEvent {
  return {
    tagMac: 'AA:00:00:00:00:00',
    assetId,
    roomId,
    floorId,
    fromRoomId: null,
    fromFloorId: FLOOR,
    confidence: 1,
    at: '2026-11-21T10:01:00Z',
  };
}

/** A 2D context that records every call; jsdom has no canvas. */
type Recording = Record<string, unknown[][]>;
function fakeContext(calls: Recording): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = {};
  return new Proxy(state, {
    get: (target, prop) =>
      prop in target
        ? target[prop]
        : (...args: unknown[]) => {
            (calls[String(prop)] ??= []).push(args);
          },
    set: (target, prop, value) => {
      target[prop] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

describe('AssetMarkerLayer', () => {
  let host: HTMLDivElement;
  let map: L.Map;
  let layer: AssetMarkerLayer;
  let layerCalls: Recording;
  /** Calls on every other canvas: the sprites and the markers at rest. */
  let offscreen: Map<HTMLCanvasElement, Recording>;

  beforeAll(() => {
    (globalThis as unknown as { Path2D: unknown }).Path2D = class {
      constructor(readonly d?: string) {}
    };
  });

  beforeEach(() => {
    jest.useFakeTimers();
    layerCalls = {};
    offscreen = new Map();
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      if (this.className === 'ww-asset-markers') {
        return fakeContext(layerCalls) as never;
      }
      const calls: Recording = offscreen.get(this) ?? {};
      offscreen.set(this, calls);
      return fakeContext(calls) as never;
    });
    host = document.createElement('div');
    Object.defineProperty(host, 'clientWidth', { value: 800 });
    Object.defineProperty(host, 'clientHeight', { value: 600 });
    document.body.appendChild(host);
    map = L.map(host, { crs: L.CRS.Simple, zoomAnimation: false, fadeAnimation: false }).setView([2, 12], 5);
    layer = new AssetMarkerLayer({ animate: true }).addTo(map);
    layer.setRooms(ROOMS).setAssets(ASSETS);
    jest.advanceTimersToNextFrame();
  });

  afterEach(() => {
    map.remove();
    host.remove();
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  /** Sprites copied onto the canvas of markers at rest (the one offscreen canvas as big as the layer's). */
  const restingSprites = () => {
    const own = host.querySelector('canvas') as HTMLCanvasElement;
    const resting = [...offscreen.keys()].find((c) => c.width === own.width && c.height === own.height);
    return resting ? (offscreen.get(resting)?.['drawImage'] ?? []).length : 0;
  };

  const framesAfter = (ms: number) => {
    const before = layer.stats().frames;
    jest.advanceTimersByTime(ms);
    return layer.stats().frames - before;
  };

  function click(at: L.Point): MouseEvent {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: at.x, clientY: at.y });
    map.getPane('mapPane')?.dispatchEvent(event);
    return event;
  }

  it('draws every marker onto one canvas in its own pane, with no Leaflet layer per marker', () => {
    expect(host.querySelectorAll('canvas')).toHaveLength(1);
    expect(map.getPane('ww-asset-markers')?.contains(host.querySelector('canvas'))).toBe(true);
    let layers = 0;
    map.eachLayer(() => layers++);
    expect(layers).toBe(1);
    expect(layer.stats()).toMatchObject({ markers: 4, placed: 4, mode: 'markers', drawn: 4, frames: 1 });
    // One blit of the markers at rest, which were drawn once, one sprite each, into their own canvas.
    expect(layerCalls['drawImage']).toHaveLength(1);
    expect(restingSprites()).toBe(4);
  });

  it('patches the markers at rest when one leaves or arrives, and draws only gliding ones per frame', () => {
    const fullPaint = restingSprites();
    layer.applyChanges([move('a1', 'r3')]);
    jest.advanceTimersToNextFrame();
    // a1 is cleared; only the neighbours it overlapped are redrawn, inside its square.
    const afterLeaving = restingSprites();
    expect(afterLeaving - fullPaint).toBeLessThanOrEqual(2);
    const frameCalls = () => (layerCalls['drawImage'] ?? []).length;
    const before = frameCalls();
    const framesBefore = layer.stats().frames;
    jest.advanceTimersByTime(300);
    expect(restingSprites()).toBe(afterLeaving);
    // Each glide frame: the blit plus the one moving marker.
    expect(frameCalls() - before).toBe(2 * (layer.stats().frames - framesBefore));
    jest.advanceTimersByTime(400);
    expect(layer.stats()).toMatchObject({ moving: 0, drawn: 4 });
    // It came to rest: drawn once more, onto the resting canvas.
    expect(restingSprites()).toBe(afterLeaving + 1);
    expect(layer.assetAt(map.latLngToContainerPoint(layer.latLngOf('a1') as L.LatLng))).toBe('a1');
  });

  it('paints only when something changed, and keeps painting while markers glide', () => {
    expect(framesAfter(200)).toBe(0);

    expect(layer.applyChanges([move('a1', 'r3')])).toEqual({ moved: 1, removed: 0, unknown: [] });
    expect(framesAfter(300)).toBeGreaterThan(10);
    expect(layer.stats().moving).toBe(1);
    jest.advanceTimersByTime(400);
    expect(layer.stats().moving).toBe(0);
    expect(framesAfter(200)).toBe(0);
  });

  it('fires assetclick for a click on a marker and keeps the click from the room and map below', () => {
    const assetClicks: AssetClickEvent[] = [];
    const mapClicks = jest.fn();
    layer.on('assetclick', (e) => assetClicks.push(e as AssetClickEvent));
    map.on('click', mapClicks);

    const on = map.latLngToContainerPoint(layer.latLngOf('a2') as L.LatLng);
    const event = click(on.add([3, -2]));
    expect(assetClicks.map((e) => e.assetId)).toEqual(['a2']);
    expect(assetClicks[0].asset.assetTag).toBe('T-2');
    expect(assetClicks[0].originalEvent).toBe(event);
    expect(mapClicks).not.toHaveBeenCalled();
    expect(layer.assetAt(on)).toBe('a2');

    click(L.point(790, 590));
    expect(assetClicks).toHaveLength(1);
    expect(mapClicks).toHaveBeenCalledTimes(1);
  });

  it('shows one count bubble per room when zoomed out, and reports clicks on them', () => {
    map.setView([2, 12], 2);
    jest.advanceTimersToNextFrame();
    expect(layer.stats()).toMatchObject({ mode: 'counts', bubbles: 2, drawn: 0 });
    expect((layerCalls['fillText'] ?? []).map((args) => args[0])).toEqual(expect.arrayContaining(['3', '1']));

    const clicks: RoomCountClickEvent[] = [];
    layer.on('roomcountclick', (e) => clicks.push(e as RoomCountClickEvent));
    click(map.latLngToContainerPoint(L.latLng(2, 2.5)));
    expect(clicks.map((e) => [e.roomId, e.count])).toEqual([['r1', 3]]);
  });

  it('removes a marker whose tag left the floor and hands back arrivals it does not know', () => {
    const arrival = move('a9', 'r2');
    expect(layer.applyChanges([move('a3', 'x', 'floor-4'), arrival])).toEqual({
      moved: 0,
      removed: 1,
      unknown: [arrival],
    });
    jest.advanceTimersToNextFrame();
    expect(layer.stats()).toMatchObject({ markers: 3, drawn: 3 });
    layer.upsert(asset(9, 'r2'));
    jest.advanceTimersToNextFrame();
    expect(layer.stats().drawn).toBe(4);
  });

  it('rings a highlighted asset, pulses for a while, and keeps it visible when zoomed out', () => {
    layer.highlight('a4');
    expect(layer.highlighted).toBe('a4');
    expect(framesAfter(1000)).toBeGreaterThan(30);
    jest.advanceTimersByTime(2100);
    expect(framesAfter(500)).toBe(0);

    const bounds = layer.boundsOf('a4');
    expect(bounds?.contains(layer.latLngOf('a4') as L.LatLng)).toBe(true);
    expect(layer.boundsOf('nope')).toBeNull();

    map.setView([2, 12], 2);
    jest.advanceTimersToNextFrame();
    expect(layer.stats()).toMatchObject({ mode: 'counts', drawn: 1 });
  });

  it('leaves the map cleanly, also when the map itself is removed', () => {
    layer.remove();
    expect(host.querySelectorAll('canvas')).toHaveLength(0);
    expect(framesAfter(100)).toBe(0);
    layer.addTo(map);
    jest.advanceTimersToNextFrame();
    expect(layer.stats().drawn).toBe(4);
    expect(() => map.remove()).not.toThrow();
    expect(host.querySelectorAll('canvas')).toHaveLength(0);
    map = L.map(document.createElement('div'));
  });
});
