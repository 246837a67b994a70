/** What kind of unit a department is; decides which equipment lives there. */
export type DepartmentKind =
  | 'ward'
  | 'icu'
  | 'ed'
  | 'periop'
  | 'pharmacy'
  | 'blood-bank'
  | 'central-sterile'
  | 'biomed'
  | 'materials'
  | 'facilities';

export const DEPARTMENT = {
  ed: 'ED',
  icu: 'ICU',
  periop: 'Perioperative',
  pharmacy: 'Pharmacy',
  bloodBank: 'Blood Bank',
  centralSterile: 'Central Sterile',
  biomed: 'Biomed',
  materials: 'Materials Management',
  facilities: 'Facilities',
} as const;

/** An inpatient nursing unit. */
export interface Ward {
  /** Short code for corridor numbers, e.g. '3W'. */
  code: string;
  /** Used in room names, e.g. 'Clean Utility 3W'. */
  label: string;
  /** The department name, e.g. '3 West'. */
  department: string;
}

/** Main Tower floors 3-5 each hold a West and an East ward. */
export const TOWER_WARD_FLOORS = [3, 4, 5] as const;

export function towerWard(floorNumber: number, side: 'West' | 'East'): Ward {
  const code = `${floorNumber}${side[0]}`;
  return { code, label: code, department: `${floorNumber} ${side}` };
}

export const REHAB_WARD: Ward = { code: 'RHB', label: 'Rehab', department: 'Rehab' };
export const ONCOLOGY_WARD: Ward = { code: 'ONC', label: 'Oncology', department: 'Oncology' };

export const WARDS: readonly Ward[] = [
  ...TOWER_WARD_FLOORS.flatMap((floor) => [towerWard(floor, 'West'), towerWard(floor, 'East')]),
  REHAB_WARD,
  ONCOLOGY_WARD,
];

const KINDS: ReadonlyMap<string, DepartmentKind> = new Map<string, DepartmentKind>([
  [DEPARTMENT.ed, 'ed'],
  [DEPARTMENT.icu, 'icu'],
  [DEPARTMENT.periop, 'periop'],
  [DEPARTMENT.pharmacy, 'pharmacy'],
  [DEPARTMENT.bloodBank, 'blood-bank'],
  [DEPARTMENT.centralSterile, 'central-sterile'],
  [DEPARTMENT.biomed, 'biomed'],
  [DEPARTMENT.materials, 'materials'],
  [DEPARTMENT.facilities, 'facilities'],
  ...WARDS.map((ward): [string, DepartmentKind] => [ward.department, 'ward']),
]);

export function departmentKind(department: string): DepartmentKind {
  const kind = KINDS.get(department);
  if (kind === undefined) {
    throw new Error(`Unknown department '${department}'`);
  }
  return kind;
}
