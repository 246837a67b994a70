import type { MarkerState } from './asset-marker-store';
import type { Sprite } from './marker-sprites';
import { RestingMarkers } from './resting-markers';

type Call = [string, ...unknown[]];

/** A 2D context that logs the calls that matter here. */
function recordingContext(log: Call[]): CanvasRenderingContext2D {
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      log.push([name, ...args]);
  return {
    clearRect: record('clearRect'),
    drawImage: record('drawImage'),
    save: record('save'),
    restore: record('restore'),
    beginPath: () => undefined,
    rect: record('rect'),
    clip: () => undefined,
  } as unknown as CanvasRenderingContext2D;
}

const marker = (assetId: string) => ({ assetId }) as MarkerState;
const sprite = (name: string, size = 20): Sprite =>
  ({ image: { name } as unknown as HTMLCanvasElement, size, half: size / 2 }) as Sprite;
const drawn = (log: Call[]) =>
  log.filter((c) => c[0] === 'drawImage').map((c) => (c[1] as { name: string }).name);

describe('RestingMarkers', () => {
  let log: Call[];
  let resting: RestingMarkers;
  const [a, b, c, far] = ['a', 'b', 'c', 'far'].map(marker);

  beforeEach(() => {
    log = [];
    jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockImplementation(() => recordingContext(log) as never);
    resting = new RestingMarkers();
    resting.reset(400, 300);
    resting.add(a, sprite('A'), 100, 100);
    resting.add(b, sprite('B'), 110, 105); // overlaps a, drawn above it
    resting.add(c, sprite('C'), 125, 100); // overlaps b only
    resting.add(far, sprite('F'), 300, 200);
    log.length = 0;
  });

  afterEach(() => jest.restoreAllMocks());

  it('clears a leaving marker and redraws, clipped to its square, only the markers it overlapped, in order', () => {
    resting.remove(b);
    expect(log[0]).toEqual(['clearRect', 110, 105, 20, 20]);
    expect(log).toContainEqual(['rect', 110, 105, 20, 20]);
    expect(drawn(log)).toEqual(['A', 'C']);
    expect(resting.has(b)).toBe(false);
    expect(resting.size).toBe(3);
  });

  it('redraws nothing under a marker that overlapped none', () => {
    resting.remove(far);
    expect(drawn(log)).toEqual([]);
    resting.remove(far);
    expect(log.filter((call) => call[0] === 'clearRect')).toHaveLength(1);
  });

  it('hits the topmost marker at a point, and nothing beside them', () => {
    expect(resting.at(104, 106, 10)?.assetId).toBe('a');
    expect(resting.at(118, 114, 10)?.assetId).toBe('b');
    resting.remove(b);
    expect(resting.at(118, 114, 10)?.assetId).toBe('a');
    expect(resting.at(200, 50, 10)).toBeNull();
    // A newly added marker goes on top.
    resting.add(b, sprite('B'), 110, 105);
    expect(resting.at(118, 114, 10)?.assetId).toBe('b');
  });

  it('finds markers across grid cells and after a reset forgets them', () => {
    resting.add(marker('edge'), sprite('E', 30), 50, 50); // spans cells (0,0)…(1,1)
    expect(resting.at(70, 70, 12)?.assetId).toBe('edge');
    expect(resting.at(60, 60, 12)?.assetId).toBe('edge');
    resting.reset(400, 300);
    expect(resting.size).toBe(0);
    expect(resting.at(70, 70, 12)).toBeNull();
  });

  it('knows which sprites would show at all', () => {
    expect(resting.onCanvas(-19, -19, 20)).toBe(true);
    expect(resting.onCanvas(-20, 10, 20)).toBe(false);
    expect(resting.onCanvas(399, 299, 20)).toBe(true);
    expect(resting.onCanvas(400, 10, 20)).toBe(false);
  });
});
