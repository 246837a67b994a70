import type { SpaceClass } from '@wardwatch/contracts';
import { DEPARTMENT, type Ward } from './departments';
import { corridor, repeat, room, row, span, type Part, type PlanNode } from './plan-layout';
import { BAND, coreRows, racetrack } from './racetrack';
import { stair } from './circulation';

/**
 * An inpatient ward wing, drawn as the west wing of a floor (mirror it for the east wing):
 * patient rooms on both outside walls, each facing a corridor; the support rooms (nurse
 * station, utilities, medication room, supply, staff) in the core between the two corridors;
 * a stair at the south-west end, an exit at the north-west end, a cross corridor closing the loop.
 */
export interface WardWingSpec {
  ward: Ward;
  patientRoomsPerSide: number;
  patientRoomWidthM: number;
  /** Width of the end bay holding the stair and the exit. */
  endBayWidthM: number;
  /** The end stair's label, e.g. '1' for 'Stair 1'. */
  stairLabel: string;
  exitName: string;
  /** A smaller unit with fewer support rooms (Pavilion wards). */
  compact: boolean;
}

type Support = readonly [widthM: number, spaceClass: SpaceClass, name: string];

/** [south sub-row, inner sub-row, north sub-row] of the support core; widths are scaled to fit. */
function supportRooms(label: string, compact: boolean): [Support[], Support[], Support[]] {
  if (compact) {
    return [
      [
        [5, 'soiled-utility', `Soiled Utility ${label}`],
        [6, 'clean-utility', `Clean Utility ${label}`],
        [5, 'medication-room', `Medication Room ${label}`],
        [10, 'nurse-station', `Nurse Station ${label}`],
        [6, 'supply-room', `Supply ${label}`],
        [5.4, 'supply-room', `Equipment Storage ${label}`],
      ],
      [
        [8, 'supply-room', `Linen ${label}`],
        [12, 'supply-room', `Equipment Alcove ${label}`],
        [6, 'office', `Telecom Room ${label}`],
        [11.4, 'supply-room', `Stretcher Alcove ${label}`],
      ],
      [
        [8, 'staff-room', `Staff Room ${label}`],
        [5, 'office', `Charge Nurse Office ${label}`],
        [7, 'nurse-station', `Team Station ${label}`],
        [6, 'waiting', `Family Room ${label}`],
        [5, 'office', `Consult Room ${label}`],
        [6.4, 'office', `Physician Workroom ${label}`],
      ],
    ];
  }
  return [
    [
      [5, 'soiled-utility', `Soiled Utility ${label}`],
      [6, 'clean-utility', `Clean Utility ${label}`],
      [5, 'medication-room', `Medication Room ${label}`],
      [12, 'nurse-station', `Nurse Station ${label}`],
      [6, 'supply-room', `Supply ${label}`],
      [7, 'supply-room', `Equipment Storage ${label}`],
      [6, 'office', `Physician Workroom ${label}`],
      [4.4, 'office', `Consult Room ${label}`],
      [5, 'waiting', `Family Room ${label}`],
    ],
    [
      [9, 'supply-room', `Linen ${label}`],
      [14, 'supply-room', `Equipment Alcove ${label}`],
      [6, 'office', `Telecom Room ${label}`],
      [12, 'supply-room', `Bariatric Equipment ${label}`],
      [15.4, 'supply-room', `Stretcher Alcove ${label}`],
    ],
    [
      [9, 'staff-room', `Staff Room ${label}`],
      [6, 'staff-room', `Locker Room ${label}`],
      [5, 'office', `Charge Nurse Office ${label}`],
      [8, 'nurse-station', `Team Station ${label}`],
      [5, 'medication-room', `Medication Room ${label}-2`],
      [6, 'clean-utility', `Clean Utility ${label}-2`],
      [5, 'soiled-utility', `Soiled Utility ${label}-2`],
      [12.4, 'office', `Conference Room ${label}`],
    ],
  ];
}

export function wardWing(spec: WardWingSpec): PlanNode {
  const { ward } = spec;
  const patientRoom = (): PlanNode => room('patient-room', (n) => `Patient Room ${n}`, ward.department);
  const patientRooms = repeat(spec.patientRoomsPerSide, spec.patientRoomWidthM, patientRoom);
  const toPart = ([width, spaceClass, name]: Support): Part => [
    width,
    room(spaceClass, name, ward.department),
  ];
  const [south, inner, north] = supportRooms(ward.label, spec.compact).map((list) => list.map(toPart));
  const wingWidth = spec.endBayWidthM + span(patientRooms);
  const supportWidth = wingWidth - BAND.corridor;
  return racetrack({
    zone: ward.code,
    department: ward.department,
    south: [[spec.endBayWidthM, stair(spec.stairLabel)], ...patientRooms],
    core: row(
      [BAND.corridor, corridor(ward.code, ward.department)],
      [supportWidth, coreRows(south, inner, north)],
    ),
    north: [[spec.endBayWidthM, room('exit', spec.exitName, DEPARTMENT.facilities)], ...patientRooms],
  });
}
