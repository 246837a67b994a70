import type { DemoHospital } from '@wardwatch/demo-hospital';
import { CorridorGraph } from './corridor-graph';
import { FloorGrid } from './floor-grid';
import { boundingBox, polygonCentroid } from './geometry';
import type { WorldFloor, WorldRoom } from './world-types';

/** The demo hospital indexed for simulation: floors and rooms by key, with grids and corridor graphs. */
export interface HospitalWorld {
  hospital: DemoHospital;
  floors: ReadonlyMap<string, WorldFloor>;
  rooms: ReadonlyMap<string, WorldRoom>;
}

export function buildHospitalWorld(hospital: DemoHospital): HospitalWorld {
  const floors = new Map<string, WorldFloor>();
  const rooms = new Map<string, WorldRoom>();
  for (const building of hospital.buildings) {
    for (const floor of building.floors) {
      const floorRooms = floor.rooms.map((room, index): WorldRoom => ({
        key: room.key,
        name: room.name,
        floorKey: floor.key,
        index,
        department: room.department,
        spaceClass: room.spaceClass,
        polygon: room.polygon,
        box: boundingBox(room.polygon),
        centroid: polygonCentroid(room.polygon),
      }));
      floorRooms.forEach((room) => rooms.set(room.key, room));
      floors.set(floor.key, {
        key: floor.key,
        buildingKey: building.key,
        level: floor.level,
        widthM: floor.widthM,
        heightM: floor.heightM,
        rooms: floorRooms,
        grid: new FloorGrid(
          floor.widthM,
          floor.heightM,
          floorRooms.map((room) => room.polygon),
        ),
        corridors: new CorridorGraph(
          floorRooms.map((room) => ({ ...room, isCorridor: room.spaceClass === 'corridor' })),
        ),
      });
    }
  }
  return { hospital, floors, rooms };
}

export function requireRoom(world: HospitalWorld, key: string): WorldRoom {
  const room = world.rooms.get(key);
  if (room === undefined) {
    throw new Error(`The demo hospital has no room '${key}'`);
  }
  return room;
}

export function requireFloor(world: HospitalWorld, key: string): WorldFloor {
  const floor = world.floors.get(key);
  if (floor === undefined) {
    throw new Error(`The demo hospital has no floor '${key}'`);
  }
  return floor;
}
