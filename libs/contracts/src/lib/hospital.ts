import type { PlanPoint, PlanPolygon } from './geometry';
import type { SpaceClass } from './space-class';

export interface SiteDto {
  id: string;
  name: string;
  timezone: string;
}

export interface BuildingDto {
  id: string;
  siteId: string;
  code: string;
  name: string;
}

export interface FloorDto {
  id: string;
  buildingId: string;
  name: string;
  /** Level ordinal: 0 is the ground floor, negative below ground. */
  level: number;
  outline: PlanPolygon;
  widthM: number;
  heightM: number;
}

export interface RoomDto {
  id: string;
  floorId: string;
  number: string;
  name: string;
  spaceClass: SpaceClass;
  polygon: PlanPolygon;
  centroid: PlanPoint;
}

/** A building with its floors, for the building/floor switcher. */
export interface BuildingWithFloorsDto extends BuildingDto {
  floors: FloorDto[];
}
