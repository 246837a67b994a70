/**
 * Monitoring profiles: the limits a room or an equipment unit must keep, and how excursions are judged.
 * Defaults from ../shared/guides/domain.md §5 (ASHRAE/ASHE 170 and CMS S&C 13-25 for ORs, Joint
 * Commission for sterile storage, CDC Vaccine Storage and Handling Toolkit, 21 CFR 640.11 / 600.15 and
 * AABB for blood components, USP for controlled room temperature). Every value may be overridden per site
 * and per unit (`withOverrides`).
 */
export const PROFILE_CODES = [
  'operating-room',
  'sterile-storage',
  'vaccine-fridge',
  'vaccine-freezer',
  'blood-bank-fridge',
  'platelet-incubator',
  'plasma-freezer',
  'controlled-room-temperature',
] as const;
export type ProfileCode = (typeof PROFILE_CODES)[number];

export interface Range {
  /** Inclusive bounds; null: no bound on that side. */
  min: number | null;
  max: number | null;
}

export interface EnvironmentProfile {
  code: ProfileCode;
  name: string;
  temperatureC: Range;
  humidityPct: Range | null;
  /** Continuously out of range this long before an alert (a door opening is not an excursion). */
  delayMin: number;
  /** Out of range this long in total within the window raises an alert even if no spell was long. */
  cumulative: { windowH: number; limitMin: number };
  /** A reading at or beyond these alerts at once (e.g. a fridge at or below 0.5 °C). */
  hardLimitsC: Range;
  /** An excursion ends only once readings are back inside the range by this much. */
  clearHysteresisC: number;
  clearHysteresisPct: number;
  /** No reading for this long is a data gap. A reading never vouches for more time than this. */
  gapMin: number;
  /** Units on a smart plug: loss of power is an alert of its own. */
  powerLossAlert: boolean;
  /** Stock at risk (fridges, freezers): excursions are critical; rooms: warnings. */
  excursionSeverity: 'critical' | 'warning';
}

const range = (min: number | null, max: number | null): Range => ({ min, max });

const FRIDGE_RULES = {
  delayMin: 20,
  cumulative: { windowH: 24, limitMin: 60 },
  clearHysteresisC: 0.5,
  clearHysteresisPct: 2,
  gapMin: 30,
  powerLossAlert: true,
  excursionSeverity: 'critical',
} as const;

const ROOM_RULES = {
  delayMin: 30,
  cumulative: { windowH: 24, limitMin: 8 * 60 },
  clearHysteresisC: 0.5,
  clearHysteresisPct: 2,
  gapMin: 30,
  powerLossAlert: false,
  excursionSeverity: 'warning',
} as const;

export const DEFAULT_PROFILES: Readonly<Record<ProfileCode, EnvironmentProfile>> = {
  'operating-room': {
    code: 'operating-room',
    name: 'Operating room',
    temperatureC: range(20, 24),
    humidityPct: range(20, 60),
    hardLimitsC: range(null, null),
    ...ROOM_RULES,
  },
  'sterile-storage': {
    code: 'sterile-storage',
    name: 'Sterile storage',
    temperatureC: range(null, 24),
    humidityPct: range(null, 60),
    hardLimitsC: range(null, null),
    ...ROOM_RULES,
  },
  'vaccine-fridge': {
    code: 'vaccine-fridge',
    name: 'Vaccine / medication refrigerator',
    temperatureC: range(2, 8),
    humidityPct: null,
    hardLimitsC: range(0.5, null),
    ...FRIDGE_RULES,
  },
  'vaccine-freezer': {
    code: 'vaccine-freezer',
    name: 'Vaccine freezer',
    temperatureC: range(-50, -15),
    humidityPct: null,
    hardLimitsC: range(null, -5),
    ...FRIDGE_RULES,
  },
  'blood-bank-fridge': {
    code: 'blood-bank-fridge',
    name: 'Blood bank refrigerator (red cells)',
    temperatureC: range(1, 6),
    humidityPct: null,
    hardLimitsC: range(0.5, 10),
    ...FRIDGE_RULES,
  },
  'platelet-incubator': {
    code: 'platelet-incubator',
    name: 'Platelet incubator',
    temperatureC: range(20, 24),
    humidityPct: null,
    hardLimitsC: range(18, 26),
    ...FRIDGE_RULES,
  },
  'plasma-freezer': {
    code: 'plasma-freezer',
    name: 'Plasma freezer',
    temperatureC: range(null, -18),
    humidityPct: null,
    hardLimitsC: range(null, -10),
    ...FRIDGE_RULES,
  },
  'controlled-room-temperature': {
    code: 'controlled-room-temperature',
    name: 'Controlled room temperature',
    temperatureC: range(20, 25),
    humidityPct: null,
    hardLimitsC: range(null, null),
    ...ROOM_RULES,
  },
};

/** Overrides per site or per unit: any field, ranges replaced whole. */
export type ProfileOverride = Partial<Omit<EnvironmentProfile, 'code' | 'name'>>;

/** The profile with site overrides, then unit overrides, applied. */
export function withOverrides(
  profile: EnvironmentProfile,
  ...overrides: (ProfileOverride | null | undefined)[]
) {
  return overrides.reduce<EnvironmentProfile>((p, o) => (o ? { ...p, ...o } : p), profile);
}
