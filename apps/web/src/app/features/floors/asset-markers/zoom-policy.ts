import { DEFAULT_SLOT_LAYOUT } from './room-slot-layout';

/**
 * When the map shows one marker per asset and when one count bubble per room, and how big markers are.
 * Decided from the scale (CSS pixels per plan metre; with `L.CRS.Simple` that is 2^zoom): markers
 * show once neighbouring slots are far enough apart on screen to tell the markers apart.
 */
export type MarkerMode = 'markers' | 'counts';

export interface ZoomPolicy {
  /** Slot spacing of the room layout, plan metres. */
  slotSpacingM: number;
  /** Markers show from this on-screen slot spacing up; below it, count bubbles. */
  minSlotSpacingPx: number;
  /** Disc diameter range, CSS pixels; within it the disc grows with the zoom. */
  minDiameterPx: number;
  maxDiameterPx: number;
}

/** Markers from 22 px between slots: 20 px discs then clear each other but for the thin outer rims. */
export const DEFAULT_ZOOM_POLICY: ZoomPolicy = {
  slotSpacingM: DEFAULT_SLOT_LAYOUT.spacingM,
  minSlotSpacingPx: 22,
  minDiameterPx: 20,
  maxDiameterPx: 28,
};

/** Share of the slot spacing a disc may fill before the rims of neighbours touch. */
const DISC_SHARE = 0.8;

/** Rounding slack, so that the zoom from {@link minZoomForMarkers} shows markers despite 2^log2(x) ≠ x. */
const EPSILON_PX = 1e-6;

export function markerMode(pixelsPerMetre: number, policy: ZoomPolicy = DEFAULT_ZOOM_POLICY): MarkerMode {
  return pixelsPerMetre * policy.slotSpacingM >= policy.minSlotSpacingPx - EPSILON_PX ? 'markers' : 'counts';
}

/** Disc diameter in whole CSS pixels (whole, so sprites can be cached per size). */
export function markerDiameterPx(pixelsPerMetre: number, policy: ZoomPolicy = DEFAULT_ZOOM_POLICY): number {
  const wanted = Math.round(pixelsPerMetre * policy.slotSpacingM * DISC_SHARE);
  return Math.min(policy.maxDiameterPx, Math.max(policy.minDiameterPx, wanted));
}

/** The lowest `L.CRS.Simple` zoom (scale 2^zoom) at which markers show, e.g. for "zoom to room". */
export function minZoomForMarkers(policy: ZoomPolicy = DEFAULT_ZOOM_POLICY): number {
  return Math.log2(policy.minSlotSpacingPx / policy.slotSpacingM);
}
