// The system under test: our AssetMarkerLayer (one canvas, sprites, glides) with the bench's markers.
import type { PositionChangeEvent } from '@wardwatch/contracts';

import { AssetMarkerLayer } from '../../../apps/web/src/app/features/floors/asset-markers/asset-marker-layer';
import { afterNextPaint, runBenchPage } from './harness';

let layer: AssetMarkerLayer | null = null;

runBenchPage({
  name: 'wardwatch',
  addMarkers(map, fixture) {
    layer = new AssetMarkerLayer().addTo(map);
    layer.setRooms(fixture.rooms);
    layer.setAssets(fixture.assets);
  },
  applyMoves(moves, fixture) {
    const at = new Date().toISOString();
    const changes: PositionChangeEvent[] = moves.map((m) => ({
      tagMac: m.asset.tagMac,
      assetId: m.asset.assetId,
      roomId: m.toRoom.id,
      floorId: fixture.floor.id,
      fromRoomId: m.fromRoom.id,
      fromFloorId: fixture.floor.id,
      confidence: 0.9,
      at,
    }));
    layer?.applyChanges(changes);
  },
  drawnMarkers: () => layer?.stats().drawn ?? null,
  paintCost() {
    const stats = layer?.stats();
    return stats ? { ms: stats.totalFrameMs, frames: stats.frames } : null;
  },
  /**
   * The layer patches its canvas of resting markers instead of repainting it; once the glides are over,
   * the pixels it covers must be exactly those of a full repaint (forced here by a new view). Stacking
   * order may differ where markers overlap, so coverage (alpha > 0) is compared, not colours.
   */
  async verify(map) {
    while ((layer?.stats().moving ?? 0) > 0) {
      await afterNextPaint();
    }
    await afterNextPaint();
    const patched = coverage();
    map.fire('moveend');
    await afterNextPaint();
    const full = coverage();
    let differing = 0;
    for (let i = 0; i < full.length; i++) {
      differing += patched[i] === full[i] ? 0 : 1;
    }
    return { differingPixels: differing, coveredPixels: full.reduce((sum, v) => sum + v, 0) };
  },
});

function coverage(): Uint8Array {
  const canvas = document.querySelector('canvas.ww-asset-markers') as HTMLCanvasElement;
  const rgba = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
    0,
    0,
    canvas.width,
    canvas.height,
  ).data;
  const covered = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0; i < covered.length; i++) {
    covered[i] = rgba[i * 4 + 3] > 0 ? 1 : 0;
  }
  return covered;
}
