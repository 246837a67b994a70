import type { AssetMarkerStore, MarkerState } from './asset-marker-store';
import { bubbleRadiusPx } from './count-bubble';
import { HitBuffer } from './hit-buffer';
import { drawCountBubble, drawHighlight } from './marker-drawing';
import { RIM_PX } from './marker-geometry';
import { MarkerSprites } from './marker-sprites';
import { RestingMarkers } from './resting-markers';
import { markerDiameterPx, markerMode, type MarkerMode, type ZoomPolicy } from './zoom-policy';

/**
 * Where plan metres land on the canvas, captured when the map last settled (Leaflet's own canvas
 * renderer works the same way): device pixel = offset + metres × scale. With `L.CRS.Simple` the map is
 * linear, so two projected points give the whole transform and a frame needs no Leaflet calls.
 */
export interface PaintView {
  offsetX: number;
  offsetY: number;
  scaleX: number;
  scaleY: number;
  /** Canvas size, device pixels. */
  width: number;
  height: number;
  dpr: number;
  /** The canvas' top-left corner as a Leaflet layer point, CSS pixels (hits are kept in layer pixels). */
  originX: number;
  originY: number;
  /** CSS pixels per plan metre. */
  pixelsPerMetre: number;
}

export interface Highlight {
  assetId: string;
  /** When it was set, `performance.now()` ms; the pulse runs from then. */
  sinceMs: number;
}

export interface PaintResult {
  mode: MarkerMode;
  markersDrawn: number;
  bubblesDrawn: number;
  /** Something is still moving (a glide or the selection pulse): paint again next frame. */
  animating: boolean;
}

type Context2D = CanvasRenderingContext2D;

const PULSE_MS = 1000;
const PULSES = 3;

/** Draws one frame of the marker layer and records what went where for hit tests. */
export class AssetMarkerPainter {
  /** Markers drawn this frame on top of the resting ones (gliding, just arrived, the selected one). */
  private readonly markerHits = new HitBuffer();
  private readonly bubbleHits = new HitBuffer();
  private readonly resting = new RestingMarkers();
  /** What the resting canvas was painted for; a different view or size repaints it in full. */
  private restingView: PaintView | null = null;
  private restingDiameter = 0;
  private restingSelected: MarkerState | null = null;
  private sprites: MarkerSprites | null = null;
  private readonly at = { x: 0, y: 0 };

  constructor(
    private readonly policy: ZoomPolicy,
    /** Whether the selection pulses (off for people who asked for reduced motion). */
    private readonly pulse: boolean,
  ) {}

  paint(
    ctx: Context2D,
    view: PaintView,
    store: AssetMarkerStore,
    nowMs: number,
    highlight: Highlight | null,
  ): PaintResult {
    if (!this.sprites || this.sprites.dpr !== view.dpr) {
      this.sprites = new MarkerSprites(view.dpr);
    }
    const mode = markerMode(view.pixelsPerMetre, this.policy);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    this.markerHits.clear();
    this.bubbleHits.clear();
    if (mode === 'counts') {
      // Zoomed out: no markers show, so none may be hit; the resting canvas is rebuilt on the way back.
      store.drainChanged();
      this.restingView = null;
    }

    const moving = store.settle(nowMs);
    const selected = highlight ? (store.get(highlight.assetId) ?? null) : null;
    const result: PaintResult = { mode, markersDrawn: 0, bubblesDrawn: 0, animating: false };
    const diameter = markerDiameterPx(view.pixelsPerMetre, this.policy);
    if (mode === 'markers') {
      result.markersDrawn = this.paintMarkers(ctx, view, store, nowMs, diameter, selected);
      result.animating = moving > 0;
    } else {
      result.bubblesDrawn = this.paintBubbles(ctx, view, store);
    }
    if (selected?.room && highlight) {
      const pulse = this.pulsePhase(highlight, nowMs);
      this.paintSelected(ctx, view, store, nowMs, diameter, selected, pulse);
      result.markersDrawn++;
      result.animating ||= pulse !== null || (mode === 'counts' && selected.move !== null);
    }
    return result;
  }

  /** The marker drawn under a layer point in the last frame (topmost first), or null. */
  markerAt(x: number, y: number): string | null {
    const view = this.restingView;
    if (!view) {
      return this.markerHits.at(x, y);
    }
    const radius = (this.restingDiameter / 2 + 2) * view.dpr;
    const resting = this.resting.at((x - view.originX) * view.dpr, (y - view.originY) * view.dpr, radius);
    return this.markerHits.at(x, y) ?? resting?.assetId ?? null;
  }

  /** The room whose count bubble is under a layer point in the last frame, or null. */
  bubbleAt(x: number, y: number): string | null {
    return this.bubbleHits.at(x, y);
  }

  private pulsePhase(highlight: Highlight, nowMs: number): number | null {
    const elapsed = nowMs - highlight.sinceMs;
    if (!this.pulse || elapsed < 0 || elapsed >= PULSE_MS * PULSES) {
      return null;
    }
    return (elapsed % PULSE_MS) / PULSE_MS;
  }

  /**
   * Markers at rest come from {@link RestingMarkers}, which is repainted in full only when the view or
   * the marker size changed and otherwise patched for the markers that changed since the last frame;
   * markers gliding are drawn on top each frame. A batch of 100 moves then costs a few hundred small
   * sprite copies once, and each frame a blit plus the gliding markers.
   */
  private paintMarkers(
    ctx: Context2D,
    view: PaintView,
    store: AssetMarkerStore,
    nowMs: number,
    diameter: number,
    selected: MarkerState | null,
  ): number {
    const changed = store.drainChanged();
    if (this.restingView !== view || this.restingDiameter !== diameter || changed === 'all') {
      this.resting.reset(view.width, view.height);
      for (const marker of store.all()) {
        this.rest(view, store, marker, diameter, selected);
      }
      this.restingView = view;
      this.restingDiameter = diameter;
    } else {
      const touched = new Set(changed);
      if (this.restingSelected !== selected) {
        for (const marker of [this.restingSelected, selected]) {
          if (marker) {
            touched.add(marker);
          }
        }
      }
      for (const marker of touched) {
        this.resting.remove(marker);
      }
      for (const marker of touched) {
        this.rest(view, store, marker, diameter, selected);
      }
    }
    this.restingSelected = selected;
    if (this.resting.image) {
      ctx.drawImage(this.resting.image, 0, 0);
    }
    let drawn = this.resting.size;
    for (const marker of store.movingMarkers()) {
      if (this.drawMarker(ctx, view, store, nowMs, diameter, marker, selected, this.markerHits)) {
        drawn++;
      }
    }
    return drawn;
  }

  /** Adds a marker to the resting canvas if it is still on the floor, placed, at rest and visible. */
  private rest(
    view: PaintView,
    store: AssetMarkerStore,
    marker: MarkerState,
    diameter: number,
    selected: MarkerState | null,
  ): void {
    if (store.get(marker.assetId) !== marker || !marker.room || marker.move !== null || marker === selected) {
      return;
    }
    const sprite = (this.sprites as MarkerSprites).get(marker.categoryIndex, marker.statusIndex, diameter);
    const x = Math.round(view.offsetX + marker.x * view.scaleX - sprite.half);
    const y = Math.round(view.offsetY + marker.y * view.scaleY - sprite.half);
    if (this.resting.onCanvas(x, y, sprite.size)) {
      this.resting.add(marker, sprite, x, y);
    }
  }

  /** Draws one marker's sprite if it is placed and on the canvas; returns whether it drew. */
  private drawMarker(
    ctx: Context2D,
    view: PaintView,
    store: AssetMarkerStore,
    nowMs: number,
    diameter: number,
    marker: MarkerState,
    selected: MarkerState | null,
    hits: HitBuffer,
  ): boolean {
    if (!marker.room || marker === selected) {
      return false;
    }
    let x = marker.x;
    let y = marker.y;
    if (marker.move) {
      store.positionOf(marker, nowMs, this.at);
      x = this.at.x;
      y = this.at.y;
    }
    const dx = view.offsetX + x * view.scaleX;
    const dy = view.offsetY + y * view.scaleY;
    const margin = (diameter / 2 + RIM_PX) * view.dpr;
    if (dx < -margin || dy < -margin || dx > view.width + margin || dy > view.height + margin) {
      return false;
    }
    const sprite = (this.sprites as MarkerSprites).get(marker.categoryIndex, marker.statusIndex, diameter);
    ctx.drawImage(sprite.image, Math.round(dx - sprite.half), Math.round(dy - sprite.half));
    hits.push(marker.assetId, view.originX + dx / view.dpr, view.originY + dy / view.dpr, diameter / 2 + 2);
    return true;
  }

  private paintBubbles(ctx: Context2D, view: PaintView, store: AssetMarkerStore): number {
    const { offsetX, offsetY, scaleX, scaleY, dpr, originX, originY } = view;
    const widthCss = view.width / dpr;
    const heightCss = view.height / dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    let drawn = 0;
    for (const stored of store.rooms()) {
      const count = stored.slots.size;
      if (count === 0) {
        continue;
      }
      const [ax, ay] = stored.slots.anchor;
      const x = (offsetX + ax * scaleX) / dpr;
      const y = (offsetY + ay * scaleY) / dpr;
      const r = bubbleRadiusPx(count);
      if (x < -r || y < -r || x > widthCss + r || y > heightCss + r) {
        continue;
      }
      drawCountBubble(ctx, x, y, count, stored.tally);
      this.bubbleHits.push(stored.room.id, originX + x, originY + y, r + 1);
      drawn++;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    return drawn;
  }

  /** The selected asset on top of everything, with its ring, also when rooms show counts. */
  private paintSelected(
    ctx: Context2D,
    view: PaintView,
    store: AssetMarkerStore,
    nowMs: number,
    diameter: number,
    marker: MarkerState,
    pulse: number | null,
  ): void {
    const sprites = this.sprites as MarkerSprites;
    const { x, y } = store.positionOf(marker, nowMs, this.at);
    const dx = view.offsetX + x * view.scaleX;
    const dy = view.offsetY + y * view.scaleY;
    const sprite = sprites.get(marker.categoryIndex, marker.statusIndex, diameter);
    ctx.drawImage(sprite.image, Math.round(dx - sprite.half), Math.round(dy - sprite.half));
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    drawHighlight(ctx, dx / view.dpr, dy / view.dpr, diameter, pulse);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.markerHits.push(
      marker.assetId,
      view.originX + dx / view.dpr,
      view.originY + dy / view.dpr,
      diameter / 2 + 7,
    );
  }
}
