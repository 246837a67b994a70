import type { SpaceClass } from '@wardwatch/contracts';
import type { DemoRoom, DemoTag } from './demo-hospital.types';

/** Rooms whose temperature and humidity are logged: ORs, medication and sterile stores, pharmacy, blood bank. */
export const MONITORED_SPACE_CLASSES: ReadonlySet<SpaceClass> = new Set<SpaceClass>([
  'operating-room',
  'medication-room',
  'sterile-storage',
  'pharmacy',
  'blood-bank',
]);

/** One fixed environment sensor in every monitored room. */
export function generateRoomSensors(rooms: readonly DemoRoom[], nextMac: () => string): DemoTag[] {
  return rooms
    .filter((room) => MONITORED_SPACE_CLASSES.has(room.spaceClass))
    .map((room): DemoTag => ({ mac: nextMac(), kind: 'environment-sensor', installedRoomKey: room.key }));
}
