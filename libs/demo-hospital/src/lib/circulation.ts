import { DEPARTMENT } from './departments';
import { room, type RoomLeaf } from './plan-layout';

/** A stair shaft; it keeps its label on every floor: stair('2') is 'Stair 2', room number 'ST-2'. */
export function stair(label: string): RoomLeaf {
  return room('stair', `Stair ${label}`, DEPARTMENT.facilities, `ST-${label}`);
}

/** A lift shaft: elevator('3') is 'Elevator 3', room number 'EL-3'. */
export function elevator(label: string, name = `Elevator ${label}`): RoomLeaf {
  return room('elevator', name, DEPARTMENT.facilities, `EL-${label}`);
}
