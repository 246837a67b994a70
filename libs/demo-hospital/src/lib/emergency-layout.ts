import { DEPARTMENT } from './departments';
import { corridor, repeat, room, row, stack, type PlanNode } from './plan-layout';
import { BAND, coreHalves, racetrack } from './racetrack';

const ED = DEPARTMENT.ed;
const bay = (i: number): PlanNode => room('ed-bay', `ED Bay ${i}`, ED);

/**
 * Emergency Department (west wing of Main Tower floor 1, 59 m): walk-in entrance, waiting,
 * triage and ED imaging at the west end next to the ambulance entrance; ED bays on both
 * outside walls around a central nurse station with trauma rooms, utilities and medication room.
 */
export function emergencyDepartment(): PlanNode {
  const frontOfHouse = racetrack({
    zone: 'ED',
    department: ED,
    south: [
      [4, room('exit', 'Walk-in Entrance', ED)],
      [10, room('waiting', 'ED Waiting Room', ED)],
    ],
    core: row(
      [
        7,
        stack(...repeat(3, 4.7, (i) => room('ed-bay', `Triage ${i}`, ED)), [
          4.7,
          room('office', 'ED Registration', ED),
        ]),
      ],
      [7, coreHalves(room('imaging', 'ED X-Ray', ED), room('imaging', 'ED CT', ED))],
    ),
    north: [
      [5, room('exit', 'Ambulance Entrance', ED)],
      [4, room('ed-bay', 'Decontamination', ED)],
      [5, room('staff-room', 'EMS Room', ED)],
    ],
  });

  const pod = racetrack({
    zone: 'ED',
    department: ED,
    south: repeat(10, 4.5, bay),
    core: row(
      [BAND.corridor, corridor('ED', ED)],
      [12, coreHalves(room('ed-bay', 'Trauma 1', ED), room('ed-bay', 'Trauma 2', ED))],
      [
        8,
        stack(
          [6.3, room('clean-utility', 'Clean Utility ED', ED)],
          [6.2, room('supply-room', 'Supply ED', ED)],
          [6.3, room('medication-room', 'Medication Room ED', ED)],
        ),
      ],
      [
        10,
        stack(
          [12.8, room('nurse-station', 'ED Nurse Station', ED)],
          [6, room('office', 'ED Physician Workroom', ED)],
        ),
      ],
      [
        8,
        stack(
          [6.3, room('soiled-utility', 'Soiled Utility ED', ED)],
          [6.2, room('supply-room', 'Equipment Storage ED', ED)],
          [6.3, room('staff-room', 'Staff Room ED', ED)],
        ),
      ],
      [4.4, coreHalves(room('ed-bay', 'Behavioral Health 1', ED), room('ed-bay', 'Behavioral Health 2', ED))],
    ),
    north: repeat(10, 4.5, (i) => bay(i + 10)),
  });

  return row([14, frontOfHouse], [45, pod]);
}
