import type { SpaceClass } from '@wardwatch/contracts';

/** How one category of equipment gets around during a day. */
export interface MobilityProfile {
  /** Average departures per hour of a parked unit (scaled by the time of day). */
  tripsPerHour: number;
  /** Rooms it is taken to on its own floor. */
  destinations: readonly SpaceClass[];
  /** Share of trips that leave the floor by elevator. */
  offFloorShare: number;
  /** Rooms it is taken to on other floors (biomed shop, imaging, theatres…). */
  offFloorDestinations: readonly SpaceClass[];
  /** Minutes it stays at the destination before it may come back. */
  dwellMinutes: readonly [min: number, max: number];
  offFloorDwellMinutes: readonly [min: number, max: number];
  /** Chance it is brought back when the dwell is over (otherwise it stays until it is next needed). */
  returnChance: number;
}

const BEDSIDE: readonly SpaceClass[] = ['patient-room', 'icu-room', 'ed-bay', 'recovery', 'operating-room'];
const PATIENT_TRANSPORT: readonly SpaceClass[] = ['patient-room', 'imaging', 'ed-bay', 'waiting', 'recovery'];

const infusion: MobilityProfile = {
  tripsPerHour: 0.1,
  destinations: BEDSIDE,
  offFloorShare: 0.05,
  offFloorDestinations: ['biomed-shop'],
  dwellMinutes: [20, 180],
  offFloorDwellMinutes: [60, 240],
  returnChance: 0.5,
};

const pointOfCare = (tripsPerHour: number): MobilityProfile => ({
  tripsPerHour,
  destinations: BEDSIDE,
  offFloorShare: 0.02,
  offFloorDestinations: ['biomed-shop'],
  dwellMinutes: [5, 30],
  offFloorDwellMinutes: [60, 180],
  returnChance: 0.9,
});

/**
 * Per equipment category. Categories not listed (fridges, freezers, warming cabinets) never move.
 * Rates are chosen so that, as on a real unit, most equipment stays where it is for hours.
 */
export const MOBILITY_PROFILES: Readonly<Record<string, MobilityProfile>> = {
  'infusion-pump': infusion,
  'syringe-pump': infusion,
  'pca-pump': infusion,
  'feeding-pump': { ...infusion, destinations: ['patient-room', 'icu-room'] },
  'scd-pump': { ...infusion, tripsPerHour: 0.06, destinations: ['patient-room', 'icu-room'] },
  'patient-monitor': { ...infusion, tripsPerHour: 0.06, offFloorShare: 0.1 },
  'telemetry-pack': { ...infusion, tripsPerHour: 0.05, destinations: ['patient-room', 'ed-bay'] },
  ventilator: { ...infusion, tripsPerHour: 0.02, destinations: ['icu-room', 'ed-bay', 'operating-room'] },
  defibrillator: { ...pointOfCare(0.01), dwellMinutes: [10, 40] },
  'bladder-scanner': pointOfCare(0.15),
  'portable-ultrasound': pointOfCare(0.15),
  'iv-pole': {
    ...infusion,
    tripsPerHour: 0.08,
    offFloorShare: 0.02,
    destinations: ['patient-room', 'icu-room', 'ed-bay'],
  },
  wheelchair: {
    tripsPerHour: 0.25,
    destinations: PATIENT_TRANSPORT,
    offFloorShare: 0.25,
    offFloorDestinations: ['imaging', 'waiting', 'exit', 'patient-room'],
    dwellMinutes: [5, 40],
    offFloorDwellMinutes: [15, 90],
    returnChance: 0.6,
  },
  stretcher: {
    tripsPerHour: 0.2,
    destinations: ['imaging', 'ed-bay', 'operating-room', 'recovery', 'patient-room'],
    offFloorShare: 0.2,
    offFloorDestinations: ['imaging', 'operating-room', 'recovery'],
    dwellMinutes: [10, 60],
    offFloorDwellMinutes: [20, 120],
    returnChance: 0.7,
  },
  bed: {
    tripsPerHour: 0.01,
    destinations: ['imaging', 'operating-room', 'recovery'],
    offFloorShare: 0.4,
    offFloorDestinations: ['imaging', 'operating-room', 'recovery'],
    dwellMinutes: [30, 120],
    offFloorDwellMinutes: [45, 180],
    returnChance: 0.95,
  },
};

/** Walking pace when pushing equipment: about 1.2 m/s, never above 1.4. */
export const WALKING_SPEED = { meanMps: 1.2, sigmaMps: 0.1, minMps: 0.9, maxMps: 1.4 } as const;

/** Waiting for and riding an elevator (and, between buildings, the link bridge), in seconds. */
export const ELEVATOR_TRANSIT_S: readonly [min: number, max: number] = [60, 240];

/** Chance that equipment left away from home is taken home the next time it moves. */
export const HOMEWARD_CHANCE = 0.7;
