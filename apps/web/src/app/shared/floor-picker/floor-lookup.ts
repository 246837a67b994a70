import type { BuildingWithFloorsDto, FloorDto } from '@wardwatch/contracts';

export interface FloorLocation {
  building: BuildingWithFloorsDto;
  floor: FloorDto;
}

/** Finds a floor and its building in the building list. */
export function findFloor(
  buildings: readonly BuildingWithFloorsDto[],
  floorId: string | null | undefined,
): FloorLocation | null {
  if (!floorId) {
    return null;
  }
  for (const building of buildings) {
    const floor = building.floors.find((f) => f.id === floorId);
    if (floor) {
      return { building, floor };
    }
  }
  return null;
}

/** The floor to open for a building: the ground floor when there is one, else its lowest floor. */
export function defaultFloor(building: BuildingWithFloorsDto | undefined): FloorDto | null {
  if (!building || building.floors.length === 0) {
    return null;
  }
  return building.floors.find((f) => f.level === 0) ?? building.floors[0];
}

/** The floor to open when none is chosen: the default floor of the first building that has floors. */
export function firstFloor(buildings: readonly BuildingWithFloorsDto[]): FloorDto | null {
  for (const building of buildings) {
    const floor = defaultFloor(building);
    if (floor) {
      return floor;
    }
  }
  return null;
}
