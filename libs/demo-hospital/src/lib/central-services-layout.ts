import type { SpaceClass } from '@wardwatch/contracts';
import { stair } from './circulation';
import { DEPARTMENT } from './departments';
import { corridor, room, row, stack, type Part, type PlanNode } from './plan-layout';
import { BAND, coreHalves, racetrack } from './racetrack';

const CS = DEPARTMENT.centralSterile;
const BIOMED = DEPARTMENT.biomed;
const MM = DEPARTMENT.materials;
const FACILITIES = DEPARTMENT.facilities;

const part = (width: number, spaceClass: SpaceClass, name: string, department: string): Part => [
  width,
  room(spaceClass, name, department),
];

/** West wing of Pavilion floor 1 (40 m): central sterile processing, from decontamination to sterile storage. */
export function centralSterile(): PlanNode {
  return racetrack({
    zone: 'CS',
    department: CS,
    south: [
      [5, stair('B1')],
      part(12, 'soiled-utility', 'Decontamination', CS),
      part(6, 'office', 'Sterile Processing Office', CS),
      part(9, 'sterile-storage', 'Case Cart Staging', CS),
      part(8, 'staff-room', 'Central Sterile Break Room', CS),
    ],
    core: row(
      [BAND.corridor, corridor('CS', CS)],
      [
        14,
        coreHalves(
          room('sterile-storage', 'Sterile Storage 1', CS),
          room('sterile-storage', 'Sterile Storage 2', CS),
        ),
      ],
      [
        12,
        coreHalves(
          room('sterile-storage', 'Instrument Assembly', CS),
          room('sterile-storage', 'Sterilizer Room', CS),
        ),
      ],
      [
        11.4,
        coreHalves(
          room('sterile-storage', 'Case Cart Holding', CS),
          room('supply-room', 'Sterile Supply', CS),
        ),
      ],
    ),
    north: [
      part(5, 'exit', 'Exit B West', FACILITIES),
      part(10, 'sterile-storage', 'Endoscope Storage', CS),
      part(6, 'office', 'Central Sterile Manager', CS),
      part(7, 'staff-room', 'Central Sterile Locker Room', CS),
      part(12, 'sterile-storage', 'Sterile Receiving', CS),
    ],
  });
}

/** East wing of Pavilion floor 1 (40 m): the biomed (clinical engineering) shop, central stores and the loading dock. */
export function biomedAndStores(): PlanNode {
  const biomed = racetrack({
    zone: 'BM',
    department: BIOMED,
    south: [part(12, 'biomed-shop', 'Biomed Shop', BIOMED), part(6, 'office', 'Biomed Office', BIOMED)],
    core: row(
      [
        7.7,
        coreHalves(
          room('supply-room', 'Biomed Parts Storage', BIOMED),
          room('biomed-shop', 'Biomed Clean Equipment', BIOMED),
        ),
      ],
      [
        7.7,
        coreHalves(
          room('biomed-shop', 'Biomed Test Lab', BIOMED),
          room('biomed-shop', 'Biomed Repair Bay', BIOMED),
        ),
      ],
      [BAND.corridor, corridor('BM', BIOMED)],
    ),
    north: [
      part(10, 'biomed-shop', 'Imaging Equipment Workshop', BIOMED),
      part(8, 'office', 'Clinical Engineering Office', BIOMED),
    ],
  });

  const stores = racetrack({
    zone: 'MM',
    department: MM,
    south: [part(17, 'supply-room', 'Central Stores', MM)],
    core: coreHalves(room('supply-room', 'Bulk Stores', MM), room('supply-room', 'Par Cart Staging', MM)),
    north: [part(10, 'supply-room', 'Receiving', MM), part(7, 'office', 'Materials Management Office', MM)],
  });

  const dock = stack(
    [BAND.perimeterRooms, stair('B3')],
    [12, room('exit', 'Loading Dock', MM)],
    [12, room('office', 'Dock Office', MM)],
    [BAND.perimeterRooms, room('exit', 'Exit B East', FACILITIES)],
  );

  return row([18, biomed], [17, stores], [5, dock]);
}
