import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  NgZone,
  signal,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import type { FloorDto, PlanPoint, RoomDto } from '@wardwatch/contracts';
import * as L from 'leaflet';
import {
  OUTLINE_FILL,
  OUTLINE_STROKE,
  SPACE_CLASS_STYLES,
  WALL_COLOUR,
} from '../../floors/space-class-style';

const ACCENT = '#0a58a8';
const FIT_PADDING: L.PointExpression = [12, 12];
/** The view round the places of interest is at least this wide and tall (plan metres). */
const MIN_FOCUS_SPAN_M = 24;
const FOCUS_MARGIN_M = 6;

/** Plan metres to Leaflet: with L.CRS.Simple, latitude is y (north) and longitude is x (east). */
const toLatLng = ([x, y]: PlanPoint): L.LatLngTuple => [y, x];

/** Bounds round the points with a margin, never smaller than MIN_FOCUS_SPAN_M each way. */
function focusBounds(points: readonly PlanPoint[]): L.LatLngBounds {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const halfW = Math.max(MIN_FOCUS_SPAN_M / 2, (Math.max(...xs) - Math.min(...xs)) / 2 + FOCUS_MARGIN_M);
  const halfH = Math.max(MIN_FOCUS_SPAN_M / 2, (Math.max(...ys) - Math.min(...ys)) / 2 + FOCUS_MARGIN_M);
  return L.latLngBounds(toLatLng([cx - halfW, cy - halfH]), toLatLng([cx + halfW, cy + halfH]));
}

/**
 * A small, read-only floor plan for an asset's history: the rooms, the room it was in at the chosen
 * time (highlighted), and its path through room centroids. Leaflet runs outside Angular.
 */
@Component({
  selector: 'ww-asset-history-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: `<div #mapHost class="ww-history-map__canvas" role="region" [attr.aria-label]="label()"></div>`,
  styleUrl: './asset-history-map.css',
  host: { class: 'ww-history-map' },
})
export class AssetHistoryMap {
  readonly floor = input<FloorDto | null>(null);
  readonly rooms = input<readonly RoomDto[]>([]);
  readonly highlightRoomId = input<string | null>(null);
  /** Lines through room centroids, in plan metres. */
  readonly path = input<readonly PlanPoint[][]>([]);
  /** Places the view should frame (e.g. every room visited); the whole floor when empty. */
  readonly focus = input<readonly PlanPoint[]>([]);
  /** What the map shows, for screen readers. */
  readonly label = input('Location history map');

  private readonly zone = inject(NgZone);
  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('mapHost');
  private readonly map = signal<L.Map | null>(null);
  private baseLayer: L.LayerGroup | null = null;
  private overlayLayer: L.LayerGroup | null = null;
  private fittedKey: string | null = null;
  private resizeObserver: ResizeObserver | null = null;

  constructor() {
    afterNextRender(() => this.zone.runOutsideAngular(() => this.createMap()));
    inject(DestroyRef).onDestroy(() => this.destroyMap());

    effect(() => {
      const map = this.map();
      const floor = this.floor();
      const rooms = this.rooms();
      if (map) {
        this.zone.runOutsideAngular(() => this.drawBase(floor, rooms));
      }
    });
    effect(() => {
      const map = this.map();
      const floor = this.floor();
      const focus = this.focus();
      if (map && floor) {
        this.zone.runOutsideAngular(() => this.fit(map, floor, focus));
      }
    });
    effect(() => {
      const map = this.map();
      const rooms = this.rooms();
      const highlightId = this.highlightRoomId();
      const path = this.path();
      if (map) {
        this.zone.runOutsideAngular(() => this.drawOverlay(rooms, highlightId, path));
      }
    });
  }

  /** The Leaflet map, for tests. */
  leafletMap(): L.Map | null {
    return this.map();
  }

  private createMap(): void {
    const element = this.host().nativeElement;
    const map = L.map(element, {
      crs: L.CRS.Simple,
      minZoom: -6,
      maxZoom: 6,
      zoomSnap: 0.25,
      // A small map inside a scrolling page: the wheel scrolls the page, buttons and keys zoom.
      scrollWheelZoom: false,
      attributionControl: false,
      renderer: new L.SVG({ padding: 0.5 }),
    });
    map.setView([0, 0], 0);
    this.baseLayer = L.layerGroup().addTo(map);
    this.overlayLayer = L.layerGroup().addTo(map);
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      this.resizeObserver.observe(element);
    }
    this.map.set(map);
  }

  private destroyMap(): void {
    this.resizeObserver?.disconnect();
    const map = untracked(this.map);
    map?.off();
    map?.remove();
    this.map.set(null);
  }

  private drawBase(floor: FloorDto | null, rooms: readonly RoomDto[]): void {
    this.baseLayer?.clearLayers();
    if (floor && floor.outline.length >= 3) {
      this.baseLayer?.addLayer(
        L.polygon(floor.outline.map(toLatLng), {
          color: OUTLINE_STROKE,
          weight: 2,
          fillColor: OUTLINE_FILL,
          fillOpacity: 1,
          interactive: false,
        }),
      );
    }
    for (const room of rooms) {
      if (room.polygon.length < 3) {
        continue;
      }
      const style = SPACE_CLASS_STYLES[room.spaceClass] ?? SPACE_CLASS_STYLES.office;
      const polygon = L.polygon(room.polygon.map(toLatLng), {
        className: 'ww-history-map__room',
        color: WALL_COLOUR,
        weight: 0.75,
        fillColor: style.fill,
        fillOpacity: 1,
      });
      polygon.bindTooltip(`${room.number} · ${room.name}`, { sticky: true });
      this.baseLayer?.addLayer(polygon);
    }
  }

  /** Frames the places of interest (or the floor) once per floor and set of places, not on every redraw. */
  private fit(map: L.Map, floor: FloorDto, focus: readonly PlanPoint[]): void {
    const key = `${floor.id}|${focus.map((p) => p.join(',')).join(';')}`;
    if (key === this.fittedKey) {
      return;
    }
    const bounds = focus.length > 0 ? focusBounds(focus) : L.latLngBounds(floor.outline.map(toLatLng));
    if (bounds.isValid()) {
      this.fittedKey = key;
      map.fitBounds(bounds, { padding: FIT_PADDING, animate: false });
    }
  }

  private drawOverlay(
    rooms: readonly RoomDto[],
    highlightId: string | null,
    path: readonly PlanPoint[][],
  ): void {
    this.overlayLayer?.clearLayers();
    for (const line of path) {
      this.overlayLayer?.addLayer(
        L.polyline(line.map(toLatLng), {
          className: 'ww-history-map__path',
          color: ACCENT,
          weight: 2.5,
          opacity: 0.85,
          dashArray: '6 5',
          interactive: false,
        }),
      );
      for (const point of line) {
        this.overlayLayer?.addLayer(
          L.circleMarker(toLatLng(point), {
            radius: 3,
            color: ACCENT,
            weight: 1,
            fillColor: '#ffffff',
            fillOpacity: 1,
            interactive: false,
          }),
        );
      }
    }
    const room = highlightId ? rooms.find((r) => r.id === highlightId) : undefined;
    if (room && room.polygon.length >= 3) {
      this.overlayLayer?.addLayer(
        L.polygon(room.polygon.map(toLatLng), {
          className: 'ww-history-map__here',
          color: ACCENT,
          weight: 3,
          fillColor: '#5aa6f0',
          fillOpacity: 0.55,
          interactive: false,
        }),
      );
      this.overlayLayer?.addLayer(
        L.circleMarker(toLatLng(room.centroid), {
          className: 'ww-history-map__asset',
          radius: 7,
          color: '#ffffff',
          weight: 2,
          fillColor: ACCENT,
          fillOpacity: 1,
          interactive: false,
        }),
      );
    }
  }
}
