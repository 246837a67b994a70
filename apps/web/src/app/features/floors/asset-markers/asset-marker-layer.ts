/**
 * The live asset markers of one floor, as a single Leaflet layer drawing on a single canvas.
 *
 * Usage (in the floor-plan component, outside Angular's change detection):
 *
 * ```ts
 * const markers = new AssetMarkerLayer().addTo(map);   // its own pane, above rooms and labels
 * markers.setRooms(rooms);                              // RoomDto[] of the floor shown
 * markers.setAssets((await api.floorAssets(floorId)).items);
 * socket.on('positions', ({ changes }) => {
 *   const { unknown } = markers.applyChanges(changes);  // glides within the floor, drops leavers
 *   for (const change of unknown) {                     // arrivals from other floors
 *     void api.floorAsset(change.assetId).then((asset) => markers.upsert(asset));
 *   }
 * });
 * markers.on('assetclick', (e) => zone.run(() => selected.set((e as AssetClickEvent).assetId)));
 * markers.on('roomcountclick', (e) => map.flyTo((e as RoomCountClickEvent).latlng, minZoomForMarkers()));
 * markers.highlight(assetId);                            // ring + pulse; null clears
 * const bounds = markers.boundsOf(assetId);              // to pan to it
 * if (bounds) map.panInside(bounds.getCenter());
 * ```
 *
 * How it works: every marker is a sprite (status disc, rim cue, category pictogram) pre-drawn per
 * size and copied with one `drawImage`; room slots come from {@link RoomSlots}; zoomed out, rooms show
 * count bubbles instead ({@link markerMode}). Markers at rest live on an offscreen canvas that is
 * patched per changed marker ({@link RestingMarkers}); a frame is one copy of it plus the markers
 * gliding. Frames are requested with `requestAnimationFrame` only when something changed or moves. The canvas follows the map
 * like Leaflet's own canvas renderer (padding, repositioned on `moveend`, CSS-scaled during zoom
 * animation). It takes no pointer events, so the rooms and gateways below stay clickable and
 * hoverable; clicks are hit-tested on the map container in the capture phase, and a click on a marker
 * or bubble is consumed (the room under it does not also get it). `removeAsset` takes one marker off;
 * Leaflet's own `remove()` still takes the whole layer off the map.
 *
 * Events (all from this layer): `assetclick` ({@link AssetClickEvent}), `roomcountclick`
 * ({@link RoomCountClickEvent}), `assethover` ({@link AssetHoverEvent}, on change only).
 */
import type { AssetStatus, FloorAssetDto, PositionChangeEvent, RoomDto } from '@wardwatch/contracts';
import * as L from 'leaflet';
import { AssetMarkerPainter, type Highlight, type PaintView } from './asset-marker-painter';
import { AssetMarkerStore, type AppliedChanges } from './asset-marker-store';
import { MOVE_DURATION_MS } from './move-animation';
import { DEFAULT_SLOT_LAYOUT } from './room-slot-layout';
import {
  DEFAULT_ZOOM_POLICY,
  markerDiameterPx,
  markerMode,
  type MarkerMode,
  type ZoomPolicy,
} from './zoom-policy';

export const ASSET_MARKER_PANE = 'ww-asset-markers';

export interface AssetMarkerLayerOptions {
  /** Pane z-index: 580 puts markers above room labels (550) and below tooltips (650). */
  paneZIndex?: number;
  /** Extra canvas around the view, as a share of its size, so a pan shows markers at once (0.1). */
  padding?: number;
  zoomPolicy?: Partial<ZoomPolicy>;
  /** Smallest distance from a slot to a wall, plan metres. */
  slotMarginM?: number;
  moveDurationMs?: number;
  /** Glides and the selection pulse; by default on unless the user prefers reduced motion. */
  animate?: boolean;
}

export interface AssetClickEvent extends L.LeafletEvent {
  assetId: string;
  asset: Readonly<FloorAssetDto>;
  latlng: L.LatLng;
  containerPoint: L.Point;
  originalEvent: MouseEvent;
}

export interface RoomCountClickEvent extends L.LeafletEvent {
  roomId: string;
  count: number;
  /** The bubble's position (the room's centroid, or its first slot when the centroid is outside). */
  latlng: L.LatLng;
  containerPoint: L.Point;
  originalEvent: MouseEvent;
}

export interface AssetHoverEvent extends L.LeafletEvent {
  /** The asset under the pointer, or null when the pointer left it. */
  assetId: string | null;
}

export interface AssetMarkerStats {
  /** Assets known to the layer. */
  markers: number;
  /** Of those, in a room that is on the plan. */
  placed: number;
  mode: MarkerMode;
  /** Markers (or, zoomed out, bubbles) in the last frame; markers off-canvas are skipped. */
  drawn: number;
  bubbles: number;
  moving: number;
  frames: number;
  /** Time spent painting the last frame / all frames, ms. */
  lastFrameMs: number;
  totalFrameMs: number;
}

interface MapPrivate {
  /** Leaflet's flag for a running zoom animation (used by its own renderers). */
  _animatingZoom?: boolean;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Plan metres to Leaflet: with `L.CRS.Simple`, latitude is y (north) and longitude is x (east). */
function toLatLng(x: number, y: number): L.LatLng {
  return L.latLng(y, x);
}

export class AssetMarkerLayer extends L.Layer {
  private readonly settings: Required<Omit<AssetMarkerLayerOptions, 'zoomPolicy'>> & {
    zoomPolicy: ZoomPolicy;
  };
  private readonly store: AssetMarkerStore;
  private readonly painter: AssetMarkerPainter;
  private map: L.Map | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private ctx: CanvasRenderingContext2D | null = null;
  private view: PaintView | null = null;
  /** Map centre and zoom when the canvas was last placed (for the zoom-animation transform). */
  private placedCenter: L.LatLng | null = null;
  private placedZoom = 0;
  private frame: number | null = null;
  private selected: Highlight | null = null;
  private hovered: string | null = null;
  private pointer = false;
  private readonly counters = {
    mode: 'counts' as MarkerMode,
    drawn: 0,
    bubbles: 0,
    frames: 0,
    lastFrameMs: 0,
    totalFrameMs: 0,
  };

  constructor(options: AssetMarkerLayerOptions = {}) {
    super();
    const zoomPolicy = { ...DEFAULT_ZOOM_POLICY, ...options.zoomPolicy };
    this.settings = {
      paneZIndex: options.paneZIndex ?? 580,
      padding: options.padding ?? 0.1,
      slotMarginM: options.slotMarginM ?? DEFAULT_SLOT_LAYOUT.marginM,
      moveDurationMs: options.moveDurationMs ?? MOVE_DURATION_MS,
      animate: options.animate ?? !prefersReducedMotion(),
      zoomPolicy,
    };
    L.Util.setOptions(this, { pane: ASSET_MARKER_PANE });
    this.store = new AssetMarkerStore({
      layout: { spacingM: zoomPolicy.slotSpacingM, marginM: this.settings.slotMarginM },
      moveDurationMs: this.settings.animate ? this.settings.moveDurationMs : 0,
    });
    this.painter = new AssetMarkerPainter(zoomPolicy, this.settings.animate);
  }

  // ---- data -------------------------------------------------------------------------------------

  /** The rooms of the floor shown; markers are laid out inside them. Their floor is "this floor". */
  setRooms(rooms: readonly RoomDto[]): this {
    this.store.setRooms(rooms);
    return this.changed();
  }

  /** Replaces every marker (first load, or a resync). Markers that stay in their room keep their slot. */
  setAssets(items: readonly FloorAssetDto[]): this {
    this.store.setAssets(items);
    return this.changed();
  }

  /** Adds one asset (e.g. one that just arrived from another floor) or updates it; a room change glides. */
  upsert(asset: FloorAssetDto): this {
    this.store.upsert(asset, performance.now(), this.settings.animate);
    return this.changed();
  }

  /** Takes one asset off the map (`remove()` is Leaflet's: it takes the layer off the map). */
  removeAsset(assetId: string): boolean {
    const removed = this.store.remove(assetId);
    if (removed) {
      this.changed();
    }
    return removed;
  }

  /**
   * Live room changes: moves within this floor glide to the new room; a change to another floor
   * removes the marker; changes onto this floor for assets the layer does not have come back in
   * `unknown` (upsert their `FloorAssetDto`).
   */
  applyChanges(changes: readonly PositionChangeEvent[]): AppliedChanges {
    const result = this.store.applyChanges(changes, performance.now(), this.settings.animate);
    if (result.moved > 0 || result.removed > 0) {
      this.changed();
    }
    return result;
  }

  /**
   * Recolours a marker. With `tagMac` (the realtime `assets` event's binding), follows a new tag, or
   * with `null` (tag unbound) takes the marker off. False when the asset is not on this floor.
   */
  updateStatus(assetId: string, status: AssetStatus, tagMac?: string | null): boolean {
    const updated = this.store.updateStatus(assetId, status, tagMac);
    if (updated) {
      this.changed();
    }
    return updated;
  }

  /** Rings (and briefly pulses) one asset, drawn above all others; null clears. */
  highlight(assetId: string | null): this {
    this.selected = assetId === null ? null : { assetId, sinceMs: performance.now() };
    return this.changed();
  }

  get highlighted(): string | null {
    return this.selected?.assetId ?? null;
  }

  getAsset(assetId: string): Readonly<FloorAssetDto> | undefined {
    return this.store.get(assetId)?.asset;
  }

  /** Where the asset's marker rests (the end of any glide), or null when it is not placed. */
  latLngOf(assetId: string): L.LatLng | null {
    const marker = this.store.get(assetId);
    return marker?.room ? toLatLng(marker.x, marker.y) : null;
  }

  /** The marker's extent at the current zoom (its resting place), e.g. for `map.panInside`/`fitBounds`. */
  boundsOf(assetId: string): L.LatLngBounds | null {
    const marker = this.store.get(assetId);
    if (!marker?.room) {
      return null;
    }
    const ppm = this.view?.pixelsPerMetre ?? 0;
    const halfM = ppm > 0 ? (markerDiameterPx(ppm, this.settings.zoomPolicy) / 2 + 7) / ppm : 0.5;
    return L.latLngBounds(
      toLatLng(marker.x - halfM, marker.y - halfM),
      toLatLng(marker.x + halfM, marker.y + halfM),
    );
  }

  /** The asset drawn under a container point in the last frame, or null. */
  assetAt(containerPoint: L.PointExpression): string | null {
    const p = this.layerPoint(containerPoint);
    return p ? this.painter.markerAt(p.x, p.y) : null;
  }

  /** The room whose count bubble is under a container point in the last frame, or null. */
  roomCountAt(containerPoint: L.PointExpression): string | null {
    const p = this.layerPoint(containerPoint);
    return p ? this.painter.bubbleAt(p.x, p.y) : null;
  }

  stats(): AssetMarkerStats {
    let placed = 0;
    for (const marker of this.store.all()) {
      if (marker.room) {
        placed++;
      }
    }
    return {
      markers: this.store.size,
      placed,
      mode: this.counters.mode,
      drawn: this.counters.drawn,
      bubbles: this.counters.bubbles,
      moving: this.store.movingCount,
      frames: this.counters.frames,
      lastFrameMs: this.counters.lastFrameMs,
      totalFrameMs: this.counters.totalFrameMs,
    };
  }

  /** Paints again on the next frame (after the page changed size without Leaflet noticing, say). */
  redraw(): this {
    return this.changed();
  }

  // ---- Leaflet plumbing --------------------------------------------------------------------------

  override onAdd(map: L.Map): this {
    this.map = map;
    const pane = map.getPane(ASSET_MARKER_PANE) ?? map.createPane(ASSET_MARKER_PANE);
    pane.style.zIndex = String(this.settings.paneZIndex);
    pane.style.pointerEvents = 'none';
    const canvas = document.createElement('canvas');
    canvas.className = 'ww-asset-markers';
    canvas.style.pointerEvents = 'none';
    if (this.zoomAnimated(map)) {
      canvas.classList.add('leaflet-zoom-animated');
    }
    pane.appendChild(canvas);
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');

    const container = map.getContainer();
    container.addEventListener('click', this.onClick, true);
    container.addEventListener('mousemove', this.onPointerMove, { passive: true });
    container.addEventListener('mouseleave', this.onPointerLeave);
    this.placeCanvas();
    return this;
  }

  override onRemove(map: L.Map): this {
    const container = map.getContainer();
    container.removeEventListener('click', this.onClick, true);
    container.removeEventListener('mousemove', this.onPointerMove);
    container.removeEventListener('mouseleave', this.onPointerLeave);
    if (this.pointer) {
      container.style.cursor = '';
      this.pointer = false;
    }
    this.hovered = null;
    if (this.frame !== null) {
      cancelAnimationFrame(this.frame);
      this.frame = null;
    }
    this.canvas?.remove();
    this.canvas = null;
    this.ctx = null;
    this.view = null;
    this.map = null;
    return this;
  }

  override getEvents(): { [name: string]: L.LeafletEventHandlerFn } {
    const events: { [name: string]: L.LeafletEventHandlerFn } = {
      viewreset: this.onViewReset,
      zoom: this.onZoom,
      moveend: this.placeCanvas,
    };
    // Leaflet asks for the events before `onAdd`; `_map` is already set then.
    if (this._map && this.zoomAnimated(this._map)) {
      events['zoomanim'] = this.onAnimZoom as L.LeafletEventHandlerFn;
    }
    return events;
  }

  private zoomAnimated(map: L.Map): boolean {
    return Boolean(map.options.zoomAnimation) && L.Browser.any3d;
  }

  /** Sizes and places the canvas over the view plus padding and captures the projection. */
  private placeCanvas(): void {
    const map = this.map;
    const canvas = this.canvas;
    if (!map || !canvas) {
      return;
    }
    const size = map.getSize();
    const padding = this.settings.padding;
    const min = map.containerPointToLayerPoint(size.multiplyBy(-padding)).round();
    const max = min.add(size.multiplyBy(1 + 2 * padding)).round();
    const dpr = (typeof window !== 'undefined' && window.devicePixelRatio) || 1;
    const widthCss = max.x - min.x;
    const heightCss = max.y - min.y;
    const width = Math.round(widthCss * dpr);
    const height = Math.round(heightCss * dpr);
    L.DomUtil.setPosition(canvas, min);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${widthCss}px`;
      canvas.style.height = `${heightCss}px`;
    }
    this.placedCenter = map.getCenter();
    this.placedZoom = map.getZoom();

    const p0 = map.latLngToLayerPoint(toLatLng(0, 0));
    const p1 = map.latLngToLayerPoint(toLatLng(1, 1));
    this.view = {
      offsetX: (p0.x - min.x) * dpr,
      offsetY: (p0.y - min.y) * dpr,
      scaleX: (p1.x - p0.x) * dpr,
      scaleY: (p1.y - p0.y) * dpr,
      width,
      height,
      dpr,
      originX: min.x,
      originY: min.y,
      pixelsPerMetre: Math.abs(p1.x - p0.x),
    };
    this.counters.mode = markerMode(this.view.pixelsPerMetre, this.settings.zoomPolicy);
    this.changed();
  }

  private onViewReset(): void {
    this.placeCanvas();
    if (this.placedCenter) {
      this.transformCanvas(this.placedCenter, this.placedZoom);
    }
  }

  private onZoom(): void {
    const map = this.map;
    if (map) {
      this.transformCanvas(map.getCenter(), map.getZoom());
    }
  }

  private onAnimZoom(event: L.ZoomAnimEvent): void {
    this.transformCanvas(event.center, event.zoom);
  }

  /** Scales the canvas as drawn for the old zoom until `moveend` repaints it (Leaflet's renderer does the same). */
  private transformCanvas(center: L.LatLng, zoom: number): void {
    const map = this.map;
    const canvas = this.canvas;
    if (!map || !canvas || !this.placedCenter) {
      return;
    }
    const scale = map.getZoomScale(zoom, this.placedZoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + this.settings.padding);
    const currentCenterPoint = map.project(this.placedCenter, zoom);
    const mapPanePos = L.DomUtil.getPosition(map.getPane('mapPane') as HTMLElement);
    const newPixelOrigin = map
      .project(center, zoom)
      .subtract(map.getSize().divideBy(2))
      .add(mapPanePos)
      .round();
    const topLeft = viewHalf.multiplyBy(-scale).add(currentCenterPoint).subtract(newPixelOrigin);
    L.DomUtil.setTransform(canvas, topLeft, scale);
  }

  private changed(): this {
    if (this.map && this.frame === null && typeof requestAnimationFrame === 'function') {
      this.frame = requestAnimationFrame(this.onFrame);
    }
    return this;
  }

  private readonly onFrame = (): void => {
    this.frame = null;
    const ctx = this.ctx;
    const view = this.view;
    if (!ctx || !view) {
      return;
    }
    const started = performance.now();
    const result = this.painter.paint(ctx, view, this.store, started, this.selected);
    const ms = performance.now() - started;
    this.counters.mode = result.mode;
    this.counters.drawn = result.markersDrawn;
    this.counters.bubbles = result.bubblesDrawn;
    this.counters.frames++;
    this.counters.lastFrameMs = ms;
    this.counters.totalFrameMs += ms;
    if (result.animating) {
      this.changed();
    }
  };

  // ---- pointer ---------------------------------------------------------------------------------

  /** A container point (or a mouse event's position) as a layer point, or null while zooming. */
  private layerPoint(containerPoint: L.PointExpression): L.Point | null {
    const map = this.map;
    if (!map || (map as unknown as MapPrivate)._animatingZoom) {
      return null;
    }
    return map.containerPointToLayerPoint(containerPoint);
  }

  private dragged(): boolean {
    const dragging = this.map?.dragging as unknown as { moved?: () => boolean } | undefined;
    return Boolean(dragging?.moved?.());
  }

  private readonly onClick = (event: MouseEvent): void => {
    const map = this.map;
    if (!map || this.dragged()) {
      return;
    }
    const containerPoint = map.mouseEventToContainerPoint(event);
    const assetId = this.assetAt(containerPoint);
    if (assetId !== null) {
      event.stopPropagation();
      const asset = this.store.get(assetId)?.asset;
      if (asset) {
        this.fire('assetclick', {
          assetId,
          asset,
          latlng: map.containerPointToLatLng(containerPoint),
          containerPoint,
          originalEvent: event,
        });
      }
      return;
    }
    const roomId = this.roomCountAt(containerPoint);
    const stored = roomId === null ? undefined : this.store.room(roomId);
    if (stored) {
      event.stopPropagation();
      const [x, y] = stored.slots.anchor;
      this.fire('roomcountclick', {
        roomId: stored.room.id,
        count: stored.slots.size,
        latlng: toLatLng(x, y),
        containerPoint,
        originalEvent: event,
      });
    }
  };

  private readonly onPointerMove = (event: MouseEvent): void => {
    const map = this.map;
    if (!map || event.buttons !== 0) {
      return;
    }
    const containerPoint = map.mouseEventToContainerPoint(event);
    const assetId = this.assetAt(containerPoint);
    this.setPointer(assetId !== null || this.roomCountAt(containerPoint) !== null);
    this.setHovered(assetId);
  };

  private readonly onPointerLeave = (): void => {
    this.setPointer(false);
    this.setHovered(null);
  };

  private setPointer(pointer: boolean): void {
    if (this.map && pointer !== this.pointer) {
      this.pointer = pointer;
      this.map.getContainer().style.cursor = pointer ? 'pointer' : '';
    }
  }

  private setHovered(assetId: string | null): void {
    if (assetId !== this.hovered) {
      this.hovered = assetId;
      this.fire('assethover', { assetId });
    }
  }
}
