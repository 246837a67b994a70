// What both bench pages share: the floor map (as the app draws it), the view, the stream of moves, and the
// measurements (time to first paint, frames counted with requestAnimationFrame, long tasks). Each page
// only says how it adds its markers and how it applies a batch of moves.
import type { FloorAssetDto, PlanPoint, RoomDto } from '@wardwatch/contracts';
import * as L from 'leaflet';

import { minZoomForMarkers } from '../../../apps/web/src/app/features/floors/asset-markers/zoom-policy';
import { SPACE_CLASS_STYLES, WALL_COLOUR } from '../../../apps/web/src/app/features/floors/space-class-style';
import type { Fixture } from '../fixture';
import { seededRandom } from './seeded-random';

export interface Move {
  index: number;
  asset: FloorAssetDto;
  fromRoom: RoomDto;
  toRoom: RoomDto;
  /** Where the bare page puts it: one of the first slots of the new room. */
  point: PlanPoint;
}

export interface PageUnderTest {
  name: string;
  /** Creates the markers layer and adds all markers. */
  addMarkers(map: L.Map, fixture: Fixture): void;
  applyMoves(moves: Move[], fixture: Fixture): void;
  drawnMarkers(): number | null;
  /** Time the page's own renderer spent painting, if it keeps count (ms, frames). */
  paintCost(): { ms: number; frames: number } | null;
  /** A correctness check after the moves (not timed), e.g. that the picture matches a full repaint. */
  verify?(map: L.Map): Promise<Record<string, number>>;
}

export interface FirstRender {
  /** From the first line that creates markers until they were all added (JavaScript only). */
  addMs: number;
  /** From the same start until the frame showing them was painted (double requestAnimationFrame). */
  paintedMs: number;
  drawn: number | null;
  zoom: number;
  pixelsPerMetre: number;
}

export interface Churn {
  durationMs: number;
  movesApplied: number;
  movesPerS: number;
  frames: number;
  fps: number;
  frameMs: { p50: number; p95: number; p99: number; max: number };
  /** Frames that took longer than two 60 Hz intervals (33.4 ms), i.e. visible stutter. */
  slowFrames: number;
  longTasks: { count: number; totalMs: number };
  /** JavaScript time spent applying the moves (building events and calling the page's API). */
  applyMs: number;
  paint: { ms: number; frames: number } | null;
  drawnAtEnd: number | null;
  check: Record<string, number> | null;
}

declare global {
  interface Window {
    wwBench: {
      ready: Promise<{ rooms: number; markers: number; zoom: number }>;
      firstRender(): Promise<FirstRender>;
      churn(options: { durationMs: number; ratePerS: number; batchMs: number }): Promise<Churn>;
    };
  }
}

const ZOOM_SNAP = 0.25;

export const toLatLng = ([x, y]: PlanPoint): L.LatLngTuple => [y, x];

/** The floor as floor-plan-map draws it: CRS.Simple, SVG room polygons with the app's fills. */
function createMap(element: HTMLElement, fixture: Fixture): L.Map {
  const map = L.map(element, {
    crs: L.CRS.Simple,
    minZoom: -4,
    maxZoom: 8,
    zoomSnap: ZOOM_SNAP,
    attributionControl: false,
    zoomControl: false,
    renderer: new L.SVG({ padding: 0.5 }),
  });
  L.polygon(fixture.floor.outline.map(toLatLng), {
    color: '#5b6670',
    weight: 3,
    fillColor: '#f2f4f6',
    fillOpacity: 1,
    interactive: false,
  }).addTo(map);
  for (const room of fixture.rooms) {
    const style = SPACE_CLASS_STYLES[room.spaceClass] ?? SPACE_CLASS_STYLES.office;
    L.polygon(room.polygon.map(toLatLng), {
      color: WALL_COLOUR,
      weight: 1,
      fillColor: style.fill,
      fillOpacity: 1,
    }).addTo(map);
  }
  // Zoomed in just far enough for individual markers (our zoom policy's threshold), on the floor's middle.
  const zoom = Math.ceil(minZoomForMarkers() / ZOOM_SNAP) * ZOOM_SNAP;
  map.setView([fixture.floor.heightM / 2, fixture.floor.widthM / 2], zoom, { animate: false });
  return map;
}

/** Resolves after the next frame has been painted: the second requestAnimationFrame runs after it. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** The same pseudo-random moves on both pages: a random marker to a random other room. */
function moveStream(fixture: Fixture): () => Move {
  const random = seededRandom(fixture.seed + 1);
  const roomIndex = new Map(fixture.rooms.map((r, i) => [r.id, i]));
  const usable = fixture.rooms
    .map((_, i) => i)
    .filter((i) => !['stair', 'elevator', 'exit'].includes(fixture.rooms[i].spaceClass));
  const current = fixture.assets.map((a) => roomIndex.get(a.roomId) ?? 0);
  return () => {
    const index = Math.floor(random() * fixture.assets.length);
    let to = usable[Math.floor(random() * usable.length)];
    if (to === current[index]) {
      to = usable[(usable.indexOf(to) + 1) % usable.length];
    }
    const slots = fixture.roomSlots[to];
    const point = slots[Math.floor(random() * slots.length)];
    const move: Move = {
      index,
      asset: fixture.assets[index],
      fromRoom: fixture.rooms[current[index]],
      toRoom: fixture.rooms[to],
      point,
    };
    current[index] = to;
    return move;
  };
}

export function runBenchPage(page: PageUnderTest): void {
  let map: L.Map;
  let fixture: Fixture;
  const ready = (async () => {
    fixture = (await (await fetch('/fixture.json')).json()) as Fixture;
    map = createMap(document.getElementById('map') as HTMLElement, fixture);
    await afterNextPaint();
    return { rooms: fixture.rooms.length, markers: fixture.assets.length, zoom: map.getZoom() };
  })();

  window.wwBench = {
    ready,
    async firstRender() {
      await ready;
      const start = performance.now();
      page.addMarkers(map, fixture);
      const added = performance.now();
      const painted = await afterNextPaint();
      return {
        addMs: added - start,
        paintedMs: painted - start,
        drawn: page.drawnMarkers(),
        zoom: map.getZoom(),
        pixelsPerMetre: map.getZoomScale(map.getZoom(), 0),
      };
    },
    async churn({ durationMs, ratePerS, batchMs }) {
      await ready;
      const next = moveStream(fixture);
      const frameTimes: number[] = [];
      const longTasks: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
      try {
        observer.observe({ type: 'longtask', buffered: false });
      } catch {
        // Not supported: no long-task figures.
      }
      const paintBefore = page.paintCost();
      let applied = 0;
      let applyMs = 0;
      const start = performance.now();
      const end = start + durationMs;
      const timer = setInterval(() => {
        const now = performance.now();
        const due = Math.floor((Math.min(now, end) - start) * (ratePerS / 1000)) - applied;
        if (due <= 0) {
          return;
        }
        const moves = Array.from({ length: due }, next);
        page.applyMoves(moves, fixture);
        applied += due;
        applyMs += performance.now() - now;
      }, batchMs);
      await new Promise<void>((resolve) => {
        const frame = (t: number) => {
          frameTimes.push(t);
          if (t < end) {
            requestAnimationFrame(frame);
          } else {
            resolve();
          }
        };
        requestAnimationFrame(frame);
      });
      clearInterval(timer);
      observer.disconnect();
      const intervals = frameTimes.slice(1).map((t, i) => t - frameTimes[i]);
      const sorted = [...intervals].sort((a, b) => a - b);
      const measured = frameTimes[frameTimes.length - 1] - frameTimes[0];
      const paintAfter = page.paintCost();
      return {
        durationMs: measured,
        movesApplied: applied,
        movesPerS: (applied / (performance.now() - start)) * 1000,
        frames: intervals.length,
        fps: (intervals.length / measured) * 1000,
        frameMs: {
          p50: percentile(sorted, 0.5),
          p95: percentile(sorted, 0.95),
          p99: percentile(sorted, 0.99),
          max: sorted[sorted.length - 1] ?? 0,
        },
        slowFrames: intervals.filter((ms) => ms > 33.4).length,
        longTasks: { count: longTasks.length, totalMs: longTasks.reduce((sum, e) => sum + e.duration, 0) },
        applyMs,
        paint:
          paintBefore && paintAfter
            ? { ms: paintAfter.ms - paintBefore.ms, frames: paintAfter.frames - paintBefore.frames }
            : null,
        drawnAtEnd: page.drawnMarkers(),
        check: page.verify ? await page.verify(map) : null,
      };
    },
  };
}
