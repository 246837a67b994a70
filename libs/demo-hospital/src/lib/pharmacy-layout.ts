import { stair } from './circulation';
import { DEPARTMENT } from './departments';
import { corridor, room, row, stack, type PlanNode } from './plan-layout';
import { BAND, coreHalves, racetrack } from './racetrack';

const RX = DEPARTMENT.pharmacy;
const BB = DEPARTMENT.bloodBank;

/**
 * East wing of Main Tower floor 1 (59 m): the inpatient pharmacy with its cleanrooms, cold room,
 * vault and medication room; the blood bank; and the east stair and exits.
 */
export function pharmacyAndBloodBank(): PlanNode {
  const pharmacy = racetrack({
    zone: 'RX',
    department: RX,
    south: [
      [10, room('pharmacy', 'Outpatient Pharmacy', RX)],
      [12, room('pharmacy', 'Pharmacy Dispensing', RX)],
      [6, room('pharmacy', 'Pharmacy Receiving', RX)],
      [6, room('office', 'Pharmacy Office', RX)],
    ],
    core: row(
      [BAND.corridor, corridor('RX', RX)],
      [
        10,
        coreHalves(
          room('pharmacy', 'IV Compounding Cleanroom', RX),
          room('pharmacy', 'Hazardous Drug Compounding', RX),
        ),
      ],
      [
        8,
        stack(
          [6.3, room('medication-room', 'Pharmacy Cold Room', RX)],
          [6.2, room('medication-room', 'Controlled Substances Vault', RX)],
          [6.3, room('medication-room', 'Medication Room RX', RX)],
        ),
      ],
      [9, coreHalves(room('pharmacy', 'Pharmacy Automation', RX), room('pharmacy', 'Pharmacy Stock', RX))],
      [
        4.4,
        coreHalves(room('office', 'Pharmacist Workroom', RX), room('staff-room', 'Pharmacy Break Room', RX)),
      ],
    ),
    north: [
      [10, room('supply-room', 'Pharmacy Storeroom', RX)],
      [8, room('pharmacy', 'Unit Dose Packaging', RX)],
      [6, room('office', 'Pharmacy Manager', RX)],
      [10, room('pharmacy', 'Investigational Drug Service', RX)],
    ],
  });

  const bloodBank = racetrack({
    zone: 'BB',
    department: BB,
    south: [
      [12, room('blood-bank', 'Blood Bank Laboratory', BB)],
      [8, room('office', 'Blood Bank Office', BB)],
    ],
    core: row(
      [
        10,
        coreHalves(
          room('blood-bank', 'Blood Product Storage', BB),
          room('blood-bank', 'Component Preparation', BB),
        ),
      ],
      [
        7.4,
        coreHalves(
          room('blood-bank', 'Specimen Receiving', BB),
          room('supply-room', 'Blood Bank Supply', BB),
        ),
      ],
      [BAND.corridor, corridor('BB', BB)],
    ),
    north: [
      [10, room('blood-bank', 'Transfusion Service', BB)],
      [10, room('blood-bank', 'Blood Issue', BB)],
    ],
  });

  const facilities = DEPARTMENT.facilities;
  const eastEnd = stack(
    [BAND.perimeterRooms, stair('3')],
    [12, room('exit', 'Exit East', facilities)],
    [12, room('office', 'Electrical Room', facilities)],
    [BAND.perimeterRooms, room('exit', 'Staff Entrance', facilities)],
  );

  return row([34, pharmacy], [20, bloodBank], [5, eastEnd]);
}
