import type { SpaceClass } from '@wardwatch/contracts';
import { stair } from './circulation';
import { DEPARTMENT } from './departments';
import { corridor, repeat, room, row, type Part, type PlanNode } from './plan-layout';
import { BAND, coreRows, racetrack } from './racetrack';

const PERIOP = DEPARTMENT.periop;
const ICU = DEPARTMENT.icu;
const FACILITIES = DEPARTMENT.facilities;

const operatingRoom = (i: number): Part => [7.6, room('operating-room', `OR ${i}`, PERIOP)];
const periop = (width: number, spaceClass: SpaceClass, name: string): Part => [
  width,
  room(spaceClass, name, PERIOP),
];

/**
 * West wing of Main Tower floor 2 (59 m): eight operating rooms in two rows around the sterile
 * core, PACU bays with their nurse station along the south wall, pre-op bays, surgical waiting
 * and staff rooms along the north wall.
 */
export function operatingSuite(): PlanNode {
  const pacuBay = (i: number): PlanNode => room('recovery', `PACU Bay ${i}`, PERIOP);
  return racetrack({
    zone: 'OR',
    department: PERIOP,
    south: [
      [5, stair('1')],
      ...repeat(5, 4.5, pacuBay),
      [9, room('nurse-station', 'PACU Nurse Station', PERIOP)],
      ...repeat(5, 4.5, (i) => pacuBay(i + 5)),
    ],
    core: row(
      [BAND.corridor, corridor('OR', PERIOP)],
      [
        56.4,
        coreRows(
          [
            operatingRoom(1),
            operatingRoom(2),
            periop(5.2, 'supply-room', 'Anesthesia Workroom'),
            operatingRoom(3),
            operatingRoom(4),
            periop(6, 'supply-room', 'Perioperative Supply'),
            periop(8, 'supply-room', 'Equipment Storage OR'),
            periop(6.8, 'soiled-utility', 'Soiled Utility OR'),
          ],
          [
            periop(28.2, 'sterile-storage', 'Sterile Core A'),
            periop(28.2, 'sterile-storage', 'Sterile Core B'),
          ],
          [
            operatingRoom(5),
            operatingRoom(6),
            periop(5.2, 'clean-utility', 'Clean Utility OR'),
            operatingRoom(7),
            operatingRoom(8),
            periop(6, 'medication-room', 'Medication Room OR'),
            periop(8, 'supply-room', 'Anesthesia Supply'),
            periop(6.8, 'nurse-station', 'OR Control Desk'),
          ],
        ),
      ],
    ),
    north: [
      [5, room('exit', 'Exit West', FACILITIES)],
      ...repeat(6, 4.5, (i) => room('recovery', `Pre-op ${i}`, PERIOP)),
      periop(9, 'waiting', 'Surgical Waiting'),
      periop(6, 'staff-room', 'OR Staff Lounge'),
      periop(6, 'staff-room', 'OR Locker Room'),
      periop(6, 'office', 'Perioperative Office'),
    ],
  });
}

/**
 * East wing of Main Tower floor 2 (59 m): a 16-bed ICU, rooms on both outside walls around the
 * central nurse station, central monitoring and the unit's support rooms; stair and exit at the east end.
 */
export function intensiveCareUnit(): PlanNode {
  const icuRoom = (i: number): PlanNode => room('icu-room', `ICU ${String(i).padStart(2, '0')}`, ICU);
  const icu = (width: number, spaceClass: SpaceClass, name: string, department: string = ICU): Part => [
    width,
    room(spaceClass, name, department),
  ];
  return racetrack({
    zone: 'ICU',
    department: ICU,
    south: [...repeat(8, 5.5, icuRoom), icu(10, 'waiting', 'ICU Family Lounge'), [5, stair('3')]],
    core: row(
      [
        56.4,
        coreRows(
          [
            icu(6, 'clean-utility', 'Clean Utility ICU'),
            icu(5, 'medication-room', 'Medication Room ICU'),
            icu(14, 'nurse-station', 'ICU Nurse Station'),
            icu(6, 'supply-room', 'Supply ICU'),
            icu(8, 'supply-room', 'Equipment Storage ICU'),
            icu(5, 'soiled-utility', 'Soiled Utility ICU'),
            icu(6.4, 'office', 'ICU Physician Workroom'),
            icu(6, 'pharmacy', 'ICU Satellite Pharmacy', DEPARTMENT.pharmacy),
          ],
          [
            icu(14, 'supply-room', 'Respiratory Therapy Equipment'),
            icu(8, 'supply-room', 'Linen ICU'),
            icu(12, 'supply-room', 'Equipment Alcove ICU'),
            icu(6, 'office', 'Telecom Room ICU'),
            icu(16.4, 'supply-room', 'Dialysis Equipment ICU'),
          ],
          [
            icu(10, 'nurse-station', 'ICU Central Monitoring'),
            icu(8, 'staff-room', 'Staff Room ICU'),
            icu(5, 'office', 'Charge Nurse Office ICU'),
            icu(5, 'medication-room', 'Medication Room ICU-2'),
            icu(6, 'clean-utility', 'Clean Utility ICU-2'),
            icu(8, 'office', 'ICU Conference Room'),
            icu(6, 'office', 'ICU Consult Room'),
            icu(8.4, 'office', 'Respiratory Therapy Office'),
          ],
        ),
      ],
      [BAND.corridor, corridor('ICU', ICU)],
    ),
    north: [
      ...repeat(8, 5.5, (i) => icuRoom(i + 8)),
      icu(10, 'waiting', 'ICU Visitor Waiting'),
      [5, room('exit', 'Exit East', FACILITIES)],
    ],
  });
}
