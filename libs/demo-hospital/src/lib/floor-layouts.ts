import { verticalCore, CORE_WIDTH_M } from './core-layout';
import { centralSterile, biomedAndStores } from './central-services-layout';
import { DEPARTMENT, ONCOLOGY_WARD, REHAB_WARD, TOWER_WARD_FLOORS, towerWard } from './departments';
import { emergencyDepartment } from './emergency-layout';
import { pharmacyAndBloodBank } from './pharmacy-layout';
import { mirror, room, type Part } from './plan-layout';
import { intensiveCareUnit, operatingSuite } from './surgical-layout';
import { wardWing, type WardWingSpec } from './ward-layout';

export interface FloorPlan {
  /** 0 = ground. Floors are numbered the American way: level 0 is floor 1. */
  level: number;
  label: string;
  /** West wing, vertical core, east wing (west → east). */
  wings: Part[];
}

export interface BuildingPlan {
  code: string;
  name: string;
  floors: FloorPlan[];
}

export function floorNumber(level: number): number {
  return level + 1;
}

const TOWER_WING_M = 59;
const PAVILION_WING_M = 40;
const FACILITIES = DEPARTMENT.facilities;

function towerFloor(level: number, label: string, west: Part[1], core: Part[1], east: Part[1]): FloorPlan {
  return {
    level,
    label,
    wings: [
      [TOWER_WING_M, west],
      [CORE_WIDTH_M, core],
      [TOWER_WING_M, east],
    ],
  };
}

function towerCore(level: number, south: [Part[1], Part[1]], north: [Part[1], Part[1]]): Part[1] {
  return verticalCore({
    zone: `${floorNumber(level)}C`,
    passengerElevators: 4,
    stairLabel: '2',
    south,
    north,
  });
}

function towerWardFloor(floor: number): FloorPlan {
  const west = towerWard(floor, 'West');
  const east = towerWard(floor, 'East');
  const wing = (spec: Pick<WardWingSpec, 'ward' | 'stairLabel' | 'exitName'>) =>
    wardWing({ ...spec, patientRoomsPerSide: 12, patientRoomWidthM: 4.5, endBayWidthM: 5, compact: false });
  const level = floor - 1;
  return towerFloor(
    level,
    `${west.department} / ${east.department}`,
    wing({ ward: west, stairLabel: '1', exitName: 'Exit West' }),
    towerCore(
      level,
      [
        room('waiting', `Family Lounge ${west.label}`, west.department),
        room('office', `Nurse Manager Office ${west.label}`, west.department),
      ],
      [
        room('office', `Nurse Manager Office ${east.label}`, east.department),
        room('waiting', `Family Lounge ${east.label}`, east.department),
      ],
    ),
    mirror(wing({ ward: east, stairLabel: '3', exitName: 'Exit East' })),
  );
}

function mainTower(): BuildingPlan {
  return {
    code: 'A',
    name: 'Main Tower',
    floors: [
      towerFloor(
        0,
        'Emergency, Pharmacy & Blood Bank',
        emergencyDepartment(),
        towerCore(
          0,
          [room('exit', 'Main Entrance', FACILITIES), room('office', 'Information Desk', FACILITIES)],
          [room('office', 'Security Office', FACILITIES), room('waiting', 'Main Lobby', FACILITIES)],
        ),
        pharmacyAndBloodBank(),
      ),
      towerFloor(
        1,
        'Surgery & ICU',
        operatingSuite(),
        towerCore(
          1,
          [
            room('office', 'Anesthesia Office', DEPARTMENT.periop),
            room('office', 'Surgical Scheduling', DEPARTMENT.periop),
          ],
          [
            room('office', 'ICU Nurse Manager', DEPARTMENT.icu),
            room('staff-room', 'On-call Room', DEPARTMENT.icu),
          ],
        ),
        intensiveCareUnit(),
      ),
      ...TOWER_WARD_FLOORS.map(towerWardFloor),
    ],
  };
}

function pavilion(): BuildingPlan {
  const core = (level: number, south: [Part[1], Part[1]], north: [Part[1], Part[1]]): Part => [
    CORE_WIDTH_M,
    verticalCore({ zone: `${floorNumber(level)}C`, passengerElevators: 2, stairLabel: 'B2', south, north }),
  ];
  const wing = (spec: Pick<WardWingSpec, 'ward' | 'stairLabel' | 'exitName'>) =>
    wardWing({ ...spec, patientRoomsPerSide: 7, patientRoomWidthM: 5, endBayWidthM: 5, compact: true });
  return {
    code: 'B',
    name: 'Pavilion',
    floors: [
      {
        level: 0,
        label: 'Central Sterile, Biomed & Stores',
        wings: [
          [PAVILION_WING_M, centralSterile()],
          core(
            0,
            [room('exit', 'Pavilion Entrance', FACILITIES), room('office', 'Pavilion Reception', FACILITIES)],
            [
              room('office', 'Mail Room', DEPARTMENT.materials),
              room('office', 'Security Office B', FACILITIES),
            ],
          ),
          [PAVILION_WING_M, biomedAndStores()],
        ],
      },
      {
        level: 1,
        label: `${REHAB_WARD.department} & ${ONCOLOGY_WARD.department}`,
        wings: [
          [PAVILION_WING_M, wing({ ward: REHAB_WARD, stairLabel: 'B1', exitName: 'Exit B West' })],
          core(
            1,
            [
              room('waiting', `Family Lounge ${REHAB_WARD.label}`, REHAB_WARD.department),
              room('office', `Nurse Manager Office ${REHAB_WARD.label}`, REHAB_WARD.department),
            ],
            [
              room('office', `Nurse Manager Office ${ONCOLOGY_WARD.label}`, ONCOLOGY_WARD.department),
              room('office', 'Patient Education', ONCOLOGY_WARD.department),
            ],
          ),
          [PAVILION_WING_M, mirror(wing({ ward: ONCOLOGY_WARD, stairLabel: 'B3', exitName: 'Exit B East' }))],
        ],
      },
    ],
  };
}

/** Wardwatch General: the Main Tower (A) and the Pavilion (B). */
export function hospitalPlan(): BuildingPlan[] {
  return [mainTower(), pavilion()];
}
