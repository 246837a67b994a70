import type { SpaceClass } from '@wardwatch/contracts';

/** What an environment sensor should read where it is installed. */
export interface ClimateProfile {
  /** Set point, °C. */
  temperatureC: number;
  /** Slow wandering around the set point (standard deviation, °C). */
  driftSigmaC: number;
  /** Compressor or heater cycling: ± this many °C over `cycleMinutes`. */
  cycleAmplitudeC: number;
  cycleMinutes: readonly [min: number, max: number];
  humidityPct: number;
  humiditySigmaPct: number;
  /** Lithium cells read lower in the cold. */
  batteryColdPenaltyMv: number;
}

const room = (temperatureC: number, humidityPct: number): ClimateProfile => ({
  temperatureC,
  driftSigmaC: 0.4,
  cycleAmplitudeC: 0.2,
  cycleMinutes: [40, 90],
  humidityPct,
  humiditySigmaPct: 2.5,
  batteryColdPenaltyMv: 0,
});

const cold = (
  temperatureC: number,
  cycleAmplitudeC: number,
  humidityPct: number,
  penaltyMv: number,
): ClimateProfile => ({
  temperatureC,
  driftSigmaC: 0.25,
  cycleAmplitudeC,
  cycleMinutes: [15, 30],
  humidityPct,
  humiditySigmaPct: 4,
  batteryColdPenaltyMv: penaltyMv,
});

/** Probes inside temperature-controlled units, by equipment category. */
const UNIT_PROFILES: Readonly<Record<string, ClimateProfile>> = {
  'medication-refrigerator': cold(4.6, 0.7, 45, 60),
  'blood-bank-refrigerator': cold(4.0, 0.5, 50, 60),
  'vaccine-freezer': cold(-20, 1.2, 30, 180),
  'plasma-freezer': cold(-30, 1.5, 25, 250),
  'platelet-incubator': { ...room(22, 40), driftSigmaC: 0.15, cycleAmplitudeC: 0.3, cycleMinutes: [10, 20] },
  'warming-cabinet': { ...room(43, 15), driftSigmaC: 0.5, cycleAmplitudeC: 1, cycleMinutes: [10, 25] },
};

/** Wall-mounted sensors in monitored rooms, by the room's class. */
const ROOM_PROFILES: Partial<Record<SpaceClass, ClimateProfile>> = {
  'operating-room': { ...room(21, 45), driftSigmaC: 0.3 },
  'sterile-storage': room(22, 45),
  'medication-room': room(22, 40),
  pharmacy: room(22, 40),
  'blood-bank': room(21, 40),
};

const DEFAULT_PROFILE = room(22, 40);

export function climateProfileFor(unitCategory: string | null, roomClass: SpaceClass | null): ClimateProfile {
  return (
    (unitCategory === null ? undefined : UNIT_PROFILES[unitCategory]) ??
    (roomClass === null ? undefined : ROOM_PROFILES[roomClass]) ??
    DEFAULT_PROFILE
  );
}
