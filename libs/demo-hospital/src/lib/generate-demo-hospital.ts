import type { DemoBuilding, DemoHospital } from './demo-hospital.types';
import { generateAssets } from './assets';
import { buildFloor } from './build-floor';
import { EQUIPMENT_CATALOGUE } from './equipment-catalogue';
import { generateRoomSensors } from './environment-sensors';
import { hospitalPlan } from './floor-layouts';
import { generateGateways } from './gateways';
import { MAC_OUI, macSequence } from './mac-address';
import { createSeededRandom } from './seeded-random';

/**
 * Wardwatch General, a two-building demo hospital in Chicago's timezone: floor plans, gateways,
 * an equipment fleet of a few thousand tagged assets and fixed environment sensors.
 * Pure and deterministic: the same seed always gives deep-equal output. The buildings and
 * gateways do not depend on the seed; the fleet's makes, serials, statuses and homes do.
 */
export function generateDemoHospital(seed = 'wardwatch-general'): DemoHospital {
  const random = createSeededRandom(seed);
  const buildings = hospitalPlan().map((plan): DemoBuilding => ({
    key: plan.code,
    code: plan.code,
    name: plan.name,
    floors: plan.floors.map((floor) => buildFloor(plan.code, floor)),
  }));
  const floors = buildings.flatMap((building) => building.floors);
  const rooms = floors.flatMap((floor) => floor.rooms);
  const macs = {
    assetTag: macSequence(MAC_OUI.assetTag),
    environmentSensor: macSequence(MAC_OUI.environmentSensor),
  };
  const fleet = generateAssets(rooms, random, macs);
  const roomSensors = generateRoomSensors(rooms, macs.environmentSensor);
  return {
    site: { key: 'wardwatch-general', name: 'Wardwatch General', timezone: 'America/Chicago' },
    buildings,
    categories: EQUIPMENT_CATALOGUE.map(({ code, name }) => ({ code, name })),
    assets: fleet.assets,
    tags: [...fleet.tags, ...roomSensors],
    gateways: generateGateways(floors),
  };
}
