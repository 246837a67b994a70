import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  NgZone,
  output,
  signal,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import type {
  AssetStatus,
  FloorAssetDto,
  FloorDto,
  GatewayDto,
  MonitoredUnitDto,
  PlanPoint,
  PositionChangeEvent,
  RoomDto,
} from '@wardwatch/contracts';
import * as L from 'leaflet';
import { CONDITION_STYLES } from '../../environment/unit-condition/condition-style';
import { OUTLINE_FILL, OUTLINE_STROKE, SPACE_CLASS_STYLES, WALL_COLOUR } from '../space-class-style';
import {
  AssetMarkerLayer,
  type AssetClickEvent,
  type RoomCountClickEvent,
} from '../asset-markers/asset-marker-layer';
import { minZoomForMarkers } from '../asset-markers/zoom-policy';
import { showLabelReading, unitBadge } from './condition-overlay';
import { conditionTooltip, roomConditionView, unitsByRoom, type RoomConditionView } from './room-conditions';
import { chooseLabelLayout, LabelDetail } from './room-label-detail';
import { roomPathStyle } from './room-path-style';

interface DrawnRoom {
  room: RoomDto;
  polygon: L.Polygon;
  /** The label marker, absent for classes that are not labelled. */
  label: L.Marker | null;
  /** The label's own element (Leaflet wraps it), for the latest reading of a monitored room. */
  labelElement: HTMLElement | null;
  /** Its monitored units as the plan shows them; null when none are in the room. */
  conditions: RoomConditionView | null;
  /** The badge counting the room's fridges, freezers and the like. */
  badge: L.Marker | null;
  /** Room extent in plan metres, for deciding how much label fits. */
  widthM: number;
  heightM: number;
}

const MAX_ZOOM = 7;
/** How far in past "whole floor" people may zoom (2^3 = 8× the fitted scale) and how far out. */
const ZOOM_IN_LEVELS = 3;
const ZOOM_OUT_LEVELS = 1;
const FIT_PADDING: L.PointExpression = [24, 24];

/** Plan metres to Leaflet: with L.CRS.Simple, latitude is y (north) and longitude is x (east). */
function toLatLng([x, y]: PlanPoint): L.LatLngTuple {
  return [y, x];
}

function extent(polygon: readonly PlanPoint[]): { widthM: number; heightM: number } {
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  return {
    widthM: Math.max(...xs) - Math.min(...xs),
    heightM: Math.max(...ys) - Math.min(...ys),
  };
}

/**
 * The Leaflet floor plan. The map is created once; floor, rooms and gateways are inputs whose
 * layers are swapped in place. Leaflet runs outside Angular; clicks come back as outputs.
 */
@Component({
  selector: 'ww-floor-plan-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: `<div
      #mapHost
      class="ww-floor-plan-map__canvas"
      role="region"
      [attr.aria-label]="ariaLabel()"
    ></div>
    <!-- Fill patterns of the room conditions, referenced by the room paths as url(#id). -->
    <svg class="ww-floor-plan-map__defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <pattern
          [attr.id]="conditionStyles.alert.pattern?.id"
          patternUnits="userSpaceOnUse"
          width="9"
          height="9"
          patternTransform="rotate(45)"
        >
          <rect width="9" height="9" [attr.fill]="conditionStyles.alert.tint" />
          <rect width="3.5" height="9" [attr.fill]="conditionStyles.alert.pattern?.ink" />
        </pattern>
        <pattern
          [attr.id]="conditionStyles['no-data'].pattern?.id"
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
        >
          <rect width="6" height="6" [attr.fill]="conditionStyles['no-data'].tint" />
          <circle cx="3" cy="3" r="1.2" [attr.fill]="conditionStyles['no-data'].pattern?.ink" />
        </pattern>
      </defs>
    </svg>`,
  styleUrl: './floor-plan-map.css',
  host: { class: 'ww-floor-plan-map' },
})
export class FloorPlanMap {
  readonly floor = input<FloorDto | null>(null);
  readonly rooms = input<readonly RoomDto[]>([]);
  readonly gateways = input<readonly GatewayDto[]>([]);
  readonly selectedRoomId = input<string | null>(null);
  /** Located assets to draw as markers; null: no markers layer at all. */
  readonly assets = input<readonly FloorAssetDto[] | null>(null);
  /** Assets to ring; the first is brought into view. */
  readonly highlightAssetIds = input<readonly string[]>([]);
  /** A room was clicked (or null: the plan outside any room was clicked). */
  readonly roomSelected = output<RoomDto | null>();
  /** An asset marker was clicked. */
  readonly assetSelected = output<string>();
  /**
   * Monitored rooms and units of this floor: a monitored room is drawn in its condition's colour and
   * pattern (path class `ww-room--condition-<condition>`), and a room holding fridges or freezers gets a badge.
   */
  readonly units = input<readonly MonitoredUnitDto[]>([]);
  /** Admins may drag gateways to where they really hang. */
  readonly gatewaysDraggable = input(false);
  /** A gateway was dragged and dropped at a new point (plan metres). */
  readonly gatewayMoved = output<{ gateway: GatewayDto; point: PlanPoint }>();

  protected readonly conditionStyles = CONDITION_STYLES;
  protected readonly ariaLabel = computed(() => {
    const floor = this.floor();
    return floor ? `Floor plan of ${floor.name}` : 'Floor plan';
  });

  private readonly zone = inject(NgZone);
  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('mapHost');
  /** Set once the map exists; the drawing effects wait for it. */
  private readonly map = signal<L.Map | null>(null);
  /** Bumped whenever rooms are redrawn, so the selection effect re-applies to new polygons. */
  private readonly roomsVersion = signal(0);
  /** Bumped whenever the view is fitted to a floor, so a highlight is brought back into view after it. */
  private readonly fitVersion = signal(0);

  private outlineLayer: L.LayerGroup | null = null;
  private roomLayer: L.FeatureGroup | null = null;
  private labelLayer: L.LayerGroup | null = null;
  private gatewayLayer: L.LayerGroup | null = null;
  private badgeLayer: L.LayerGroup | null = null;
  /** The selected room, as last drawn (restyling for conditions keeps it). */
  private selectedId: string | null = null;
  private outlineRenderer: L.SVG | null = null;
  private gatewayRenderer: L.SVG | null = null;
  private drawnRooms = new Map<string, DrawnRoom>();
  private fittedFloorId: string | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private markers: AssetMarkerLayer | null = null;

  constructor() {
    afterNextRender(() => this.zone.runOutsideAngular(() => this.createMap()));
    inject(DestroyRef).onDestroy(() => this.destroyMap());

    effect(() => {
      const map = this.map();
      const floor = this.floor();
      if (map) {
        this.zone.runOutsideAngular(() => this.drawOutline(map, floor));
      }
    });
    effect(() => {
      const map = this.map();
      const rooms = this.rooms();
      if (map) {
        this.zone.runOutsideAngular(() => this.drawRooms(map, rooms));
        this.roomsVersion.update((v) => v + 1);
      }
    });
    effect(() => {
      const map = this.map();
      const gateways = this.gateways();
      const draggable = this.gatewaysDraggable();
      if (map) {
        this.zone.runOutsideAngular(() => this.drawGateways(gateways, draggable));
      }
    });
    effect(() => {
      const map = this.map();
      const rooms = this.rooms();
      const assets = this.assets();
      if (map) {
        this.zone.runOutsideAngular(() => this.drawAssets(map, rooms, assets));
      }
    });
    effect(() => {
      const map = this.map();
      const assets = this.assets();
      const ids = this.highlightAssetIds();
      this.fitVersion();
      if (map && assets) {
        this.zone.runOutsideAngular(() => this.showHighlight(map, ids));
      }
    });
    effect(() => {
      const map = this.map();
      this.roomsVersion();
      const selectedId = this.selectedRoomId();
      if (map) {
        this.zone.runOutsideAngular(() => this.showSelection(map, selectedId));
      }
    });
    effect(() => {
      const map = this.map();
      this.roomsVersion();
      const units = this.units();
      if (map) {
        this.zone.runOutsideAngular(() => this.showConditions(map, units));
      }
    });
  }

  /** The Leaflet map, for tests and for callers that need to inspect it. */
  leafletMap(): L.Map | null {
    return this.map();
  }

  /** The marker layer, for tests and benchmarks (null while no assets are shown). */
  markerLayer(): AssetMarkerLayer | null {
    return this.markers;
  }

  /**
   * Live room changes, applied straight to the markers (call outside Angular's zone). Returns how many
   * changes were for assets this map does not know (arrivals from other floors): fetch the floor again.
   */
  applyPositions(changes: readonly PositionChangeEvent[]): number {
    return this.markers ? this.markers.applyChanges(changes).unknown.length : 0;
  }

  /** The room the asset's marker is drawn in now (null when it is not on this map). */
  markerRoomOf(assetId: string): string | null {
    return this.markers?.getAsset(assetId)?.roomId ?? null;
  }

  /** A status or tag-binding change; false when the asset is not on this map (reload to add it). */
  updateAssetStatus(assetId: string, status: AssetStatus, tagMac: string | null): boolean {
    return this.markers?.updateStatus(assetId, status, tagMac) ?? false;
  }

  private createMap(): void {
    const element = this.host().nativeElement;
    const map = L.map(element, {
      crs: L.CRS.Simple,
      minZoom: -4,
      maxZoom: MAX_ZOOM,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      wheelPxPerZoomLevel: 120,
      attributionControl: false,
      // Leaflet would pick canvas when SVG detection fails; room paths must be SVG with classes.
      renderer: new L.SVG({ padding: 0.5 }),
    });
    // Layer order, bottom to top: envelope, rooms, gateways, labels. Each SVG pane has its own
    // renderer so a redraw of rooms can never cover the gateways.
    map.createPane('ww-outline').style.zIndex = '350';
    map.createPane('ww-gateways').style.zIndex = '450';
    map.createPane('ww-labels').style.zIndex = '550';
    map.createPane('ww-unit-badges').style.zIndex = '560';

    this.outlineLayer = L.layerGroup().addTo(map);
    this.roomLayer = L.featureGroup().addTo(map);
    this.labelLayer = L.layerGroup().addTo(map);
    this.gatewayLayer = L.layerGroup().addTo(map);
    this.badgeLayer = L.layerGroup().addTo(map);
    this.outlineRenderer = new L.SVG({ pane: 'ww-outline', padding: 0.5 });
    this.gatewayRenderer = new L.SVG({ pane: 'ww-gateways', padding: 0.5 });

    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
    map.setView([0, 0], 0);

    map.on('zoomend', () => this.updateLabels(map));
    map.on('click', () => this.emitSelection(null));

    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      this.resizeObserver.observe(element);
    }

    this.zone.run(() => this.map.set(map));
  }

  private drawAssets(map: L.Map, rooms: readonly RoomDto[], assets: readonly FloorAssetDto[] | null): void {
    if (!assets) {
      this.markers?.remove();
      this.markers = null;
      return;
    }
    if (!this.markers) {
      this.markers = new AssetMarkerLayer().addTo(map);
      this.markers.on('assetclick', (e) => {
        const id = (e as AssetClickEvent).assetId;
        this.markers?.highlight(id);
        this.zone.run(() => this.assetSelected.emit(id));
      });
      this.markers.on('roomcountclick', (e) => {
        const latlng = (e as RoomCountClickEvent).latlng;
        map.setView(latlng, Math.min(map.getMaxZoom(), Math.max(map.getZoom(), minZoomForMarkers())));
      });
    }
    this.markers.setRooms(rooms);
    this.markers.setAssets(assets);
  }

  private showHighlight(map: L.Map, ids: readonly string[]): void {
    const first = ids[0] ?? null;
    this.markers?.highlight(first);
    if (!first) {
      return;
    }
    const target = this.markers?.latLngOf(first);
    if (target) {
      // Close enough for markers to show one by one, centred on the asset.
      map.setView(target, Math.max(map.getZoom(), Math.min(map.getMaxZoom(), map.getMinZoom() + 2.5)), {
        animate: false,
      });
    }
  }

  private destroyMap(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    const map = untracked(this.map);
    this.markers?.off();
    this.markers = null;
    map?.off();
    map?.remove();
    this.drawnRooms.clear();
    this.map.set(null);
  }

  private drawOutline(map: L.Map, floor: FloorDto | null): void {
    this.outlineLayer?.clearLayers();
    if (!floor || floor.outline.length < 3) {
      this.fittedFloorId = null;
      return;
    }
    const outline = L.polygon(floor.outline.map(toLatLng), {
      renderer: this.outlineRenderer ?? undefined,
      className: 'ww-floor-outline',
      color: OUTLINE_STROKE,
      weight: 3,
      fillColor: OUTLINE_FILL,
      fillOpacity: 1,
      interactive: false,
    });
    this.outlineLayer?.addLayer(outline);

    if (this.fittedFloorId !== floor.id) {
      this.fittedFloorId = floor.id;
      this.fitTo(map, outline.getBounds());
    }
  }

  private fitTo(map: L.Map, bounds: L.LatLngBounds): void {
    map.setMaxBounds();
    map.setMinZoom(-8);
    map.setMaxZoom(MAX_ZOOM);
    map.fitBounds(bounds, { padding: FIT_PADDING, animate: false });
    const size = map.getSize();
    const zoom = map.getZoom();
    if (size.x > 0 && size.y > 0 && Number.isFinite(zoom)) {
      // Zoom range relative to the whole floor: close enough to read a closet, never lose the building.
      map.setMinZoom(zoom - ZOOM_OUT_LEVELS);
      map.setMaxZoom(Math.min(MAX_ZOOM, zoom + ZOOM_IN_LEVELS));
      map.setMaxBounds(bounds.pad(0.5));
    }
    this.updateLabels(map);
    this.zone.run(() => this.fitVersion.update((v) => v + 1));
  }

  private drawRooms(map: L.Map, rooms: readonly RoomDto[]): void {
    this.roomLayer?.clearLayers();
    this.labelLayer?.clearLayers();
    this.badgeLayer?.clearLayers();
    this.drawnRooms.clear();

    for (const room of rooms) {
      if (room.polygon.length < 3) {
        continue;
      }
      const style = SPACE_CLASS_STYLES[room.spaceClass] ?? SPACE_CLASS_STYLES.office;
      const polygon = L.polygon(room.polygon.map(toLatLng), {
        className: `ww-room ww-room--${room.spaceClass}`,
        color: WALL_COLOUR,
        weight: 1,
        opacity: 1,
        fillColor: style.fill,
        fillOpacity: 1,
        bubblingMouseEvents: false,
      });
      polygon.on('click', () => this.emitSelection(room));
      this.roomLayer?.addLayer(polygon);
      // Which room a path is, for tests and tools (paths move in the DOM when brought to the front).
      polygon.getElement()?.setAttribute('data-room-id', room.id);

      const labelElement = style.labelled ? this.createLabelElement(room, style.text, style.fill) : null;
      const label = labelElement ? this.createLabel(room, labelElement) : null;
      if (label) {
        this.labelLayer?.addLayer(label);
      }
      this.drawnRooms.set(room.id, {
        room,
        polygon,
        label,
        labelElement,
        conditions: null,
        badge: null,
        ...extent(room.polygon),
      });
    }

    // No floor outline to fit to (yet): fit to the rooms so something sensible shows.
    if (!untracked(this.floor) && this.roomLayer && rooms.length > 0) {
      this.fitTo(map, this.roomLayer.getBounds());
    }
    this.updateLabels(map);
  }

  private createLabelElement(room: RoomDto, textColour: string, halo: string): HTMLElement {
    const element = document.createElement('span');
    element.className = 'ww-room-label__inner';
    element.style.color = textColour;
    // A halo in the room's own colour keeps text readable over gateway dots and walls.
    element.style.setProperty('--ww-label-halo', halo);
    const number = document.createElement('span');
    number.className = 'ww-room-label__number';
    number.textContent = room.number;
    const name = document.createElement('span');
    name.className = 'ww-room-label__name';
    name.textContent = room.name;
    const reading = document.createElement('span');
    reading.className = 'ww-room-label__reading';
    element.append(number, name, reading);
    return element;
  }

  private createLabel(room: RoomDto, element: HTMLElement): L.Marker {
    return L.marker(toLatLng(room.centroid), {
      pane: 'ww-labels',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({
        className: 'ww-room-label ww-room-label--hidden',
        html: element,
        // No size: the label sizes to its text and centres itself in CSS.
        iconSize: null as unknown as L.PointExpression,
      }),
    });
  }

  /** Shows as much of each label as fits inside its room at the current zoom; hides the rest. */
  private updateLabels(map: L.Map): void {
    const pixelsPerMetre = map.getZoomScale(map.getZoom(), 0);
    for (const drawn of this.drawnRooms.values()) {
      const element = drawn.label?.getElement();
      if (!element) {
        continue;
      }
      const layout = chooseLabelLayout(
        drawn.room,
        drawn.conditions?.condition ? drawn.conditions.reading : null,
        drawn.widthM * pixelsPerMetre,
        drawn.heightM * pixelsPerMetre,
      );
      this.setLabelDetail(element, layout.detail);
      element.classList.toggle('ww-room-label--with-reading', layout.reading);
    }
  }

  private setLabelDetail(element: HTMLElement, detail: LabelDetail): void {
    element.classList.toggle('ww-room-label--hidden', detail === 'hidden');
    element.classList.toggle('ww-room-label--number', detail === 'number');
    element.classList.toggle('ww-room-label--full', detail === 'full');
  }

  private drawGateways(gateways: readonly GatewayDto[], draggable: boolean): void {
    this.gatewayLayer?.clearLayers();
    for (const gateway of gateways) {
      const heard = gateway.lastHeardAt
        ? `last heard ${new Date(gateway.lastHeardAt).toLocaleString()}`
        : 'never heard';
      const label = `${gateway.name} · ${gateway.mac} · ${heard}`;
      const marker = draggable ? this.draggableGateway(gateway, label) : this.gatewayDot(gateway);
      marker.bindTooltip(draggable ? `${label} · drag to move` : label, {
        direction: 'top',
        offset: [0, -6],
      });
      this.gatewayLayer?.addLayer(marker);
    }
  }

  private gatewayDot(gateway: GatewayDto): L.CircleMarker {
    return L.circleMarker(toLatLng(gateway.point), {
      renderer: this.gatewayRenderer ?? undefined,
      className: 'ww-gateway',
      radius: 5,
      color: '#ffffff',
      weight: 1.5,
      fillColor: '#0a58a8',
      fillOpacity: 1,
      bubblingMouseEvents: false,
    });
  }

  /** A gateway an admin can pick up and drop where it really hangs. */
  private draggableGateway(gateway: GatewayDto, label: string): L.Marker {
    const marker = L.marker(toLatLng(gateway.point), {
      draggable: true,
      autoPan: true,
      title: label,
      alt: `Gateway ${gateway.name}`,
      icon: L.divIcon({ className: 'ww-gateway ww-gateway--draggable', iconSize: [14, 14] }),
    });
    marker.on('dragend', () => {
      const { lat, lng } = marker.getLatLng();
      const point: PlanPoint = [Math.round(lng * 100) / 100, Math.round(lat * 100) / 100];
      this.zone.run(() => this.gatewayMoved.emit({ gateway, point }));
    });
    return marker;
  }

  /** Outline and fill of a room from its space class, its condition and whether it is selected. */
  private restyle(drawn: DrawnRoom): void {
    const selected = drawn.room.id === this.selectedId;
    const fill = (SPACE_CLASS_STYLES[drawn.room.spaceClass] ?? SPACE_CLASS_STYLES.office).fill;
    const condition = drawn.conditions?.condition ?? null;
    drawn.polygon.setStyle(roomPathStyle(fill, condition, selected));
    const path = drawn.polygon.getElement();
    path?.classList.toggle('ww-room--selected', selected);
    path?.classList.toggle('ww-room--monitored', condition !== null);
    for (const c of ['ok', 'alert', 'no-data'] as const) {
      path?.classList.toggle(`ww-room--condition-${c}`, condition === c);
    }
    if (condition === 'alert' && !selected) {
      // Heavy outlines must not hide under a neighbour's wall.
      drawn.polygon.bringToFront();
    }
  }

  /** Colours monitored rooms by condition, writes their latest reading in the label, badges equipment. */
  private showConditions(map: L.Map, units: readonly MonitoredUnitDto[]): void {
    const byRoom = unitsByRoom(units);
    this.badgeLayer?.clearLayers();
    for (const drawn of this.drawnRooms.values()) {
      const roomUnits = byRoom.get(drawn.room.id);
      drawn.conditions = roomUnits ? roomConditionView(roomUnits) : null;
      this.restyle(drawn);
      this.showReading(drawn);
      this.showTooltip(drawn);
      drawn.badge = drawn.conditions?.equipment ? this.createBadge(drawn) : null;
      if (drawn.badge) {
        this.badgeLayer?.addLayer(drawn.badge);
      }
    }
    // The selected room stays on top of any alert outline.
    const selected = this.selectedId ? this.drawnRooms.get(this.selectedId) : undefined;
    selected?.polygon.bringToFront();
    this.updateLabels(map);
  }

  private showReading(drawn: DrawnRoom): void {
    if (drawn.labelElement) {
      const fill = (SPACE_CLASS_STYLES[drawn.room.spaceClass] ?? SPACE_CLASS_STYLES.office).fill;
      showLabelReading(drawn.labelElement, fill, drawn.conditions);
    }
  }

  /** On hover, a monitored room says its condition and reading even when its label is too small to. */
  private showTooltip(drawn: DrawnRoom): void {
    const text = conditionTooltip(drawn.room, drawn.conditions);
    if (!text) {
      drawn.polygon.unbindTooltip();
    } else if (drawn.polygon.getTooltip()) {
      drawn.polygon.setTooltipContent(text);
    } else {
      drawn.polygon.bindTooltip(text, { sticky: true, direction: 'top', offset: [0, -8] });
    }
  }

  private createBadge(drawn: DrawnRoom): L.Marker | null {
    const equipment = drawn.conditions?.equipment;
    return equipment
      ? unitBadge(drawn.room, equipment, 'ww-unit-badges', () => this.emitSelection(drawn.room))
      : null;
  }

  private showSelection(map: L.Map, selectedId: string | null): void {
    this.selectedId = selectedId;
    for (const drawn of this.drawnRooms.values()) {
      this.restyle(drawn);
    }
    const selected = selectedId ? this.drawnRooms.get(selectedId) : undefined;
    if (selected) {
      selected.polygon.bringToFront();
      const bounds = selected.polygon.getBounds();
      const size = map.getSize();
      if (size.x > 0 && size.y > 0 && !map.getBounds().contains(bounds)) {
        map.panTo(bounds.getCenter());
      }
    }
  }

  private emitSelection(room: RoomDto | null): void {
    this.zone.run(() => this.roomSelected.emit(room));
  }
}
