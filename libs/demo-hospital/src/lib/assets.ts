import type { DemoAsset, DemoRoom, DemoTag } from './demo-hospital.types';
import { PLACEMENT_RULES, type PlacementRule } from './asset-placement';
import { drawStatus } from './asset-status';
import { departmentKind, type DepartmentKind } from './departments';
import { equipmentCategory, type EquipmentCategory, type EquipmentModel } from './equipment-catalogue';
import { gs1Udi } from './gs1-udi';
import type { SeededRandom } from './seeded-random';

/** Share of assets whose UDI has been captured. */
const UDI_SHARE = 0.7;
/** Letters used in serial numbers (no I or O, which read as 1 and 0). */
const SERIAL_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export interface AssetFleet {
  assets: DemoAsset[];
  /** One tag per asset, in asset order. */
  tags: DemoTag[];
}

export interface TagMacs {
  assetTag: () => string;
  environmentSensor: () => string;
}

/** Places the equipment fleet in its home rooms; every asset gets its own tag. */
export function generateAssets(rooms: readonly DemoRoom[], random: SeededRandom, macs: TagMacs): AssetFleet {
  const departments = groupByDepartment(rooms);
  const unique = { serials: new Set<string>(), assetTags: new Set<string>() };
  const fleet: AssetFleet = { assets: [], tags: [] };
  for (const rule of PLACEMENT_RULES) {
    const category = equipmentCategory(rule.category);
    for (const [department, departmentRooms] of departments) {
      const kind = departmentKind(department);
      if (!rule.departments.includes(kind)) {
        continue;
      }
      for (const home of homesFor(rule, department, departmentRooms, random)) {
        const model = pickModel(category, kind, random);
        const serialNumber = uniqueDraw(unique.serials, () => fillPattern(model.serialPattern, random));
        const assetTag = uniqueDraw(
          unique.assetTags,
          () => `WW-${String(random.int(1, 999_999)).padStart(6, '0')}`,
        );
        const tag: DemoTag = category.monitoredUnit
          ? { mac: macs.environmentSensor(), kind: 'environment-sensor', installedRoomKey: home.key }
          : { mac: macs.assetTag(), kind: 'asset-tag', installedRoomKey: null };
        fleet.tags.push(tag);
        fleet.assets.push({
          key: `asset-${String(fleet.assets.length + 1).padStart(5, '0')}`,
          assetTag,
          categoryCode: category.code,
          manufacturer: model.manufacturer,
          model: model.model,
          serialNumber,
          udi: random.chance(UDI_SHARE) ? gs1Udi(model.gtin13, serialNumber) : null,
          homeDepartment: home.department,
          status: drawStatus(random, category.usage, kind === 'biomed'),
          homeRoomKey: home.key,
          tagMac: tag.mac,
        });
      }
    }
  }
  return fleet;
}

function groupByDepartment(rooms: readonly DemoRoom[]): Map<string, DemoRoom[]> {
  const departments = new Map<string, DemoRoom[]>();
  for (const room of rooms) {
    const list = departments.get(room.department);
    if (list === undefined) {
      departments.set(room.department, [room]);
    } else {
      list.push(room);
    }
  }
  return departments;
}

/** The home room of each unit the rule puts in this department. */
function homesFor(
  rule: PlacementRule,
  department: string,
  rooms: readonly DemoRoom[],
  random: SeededRandom,
): DemoRoom[] {
  const homes = rooms.filter(
    (room) =>
      rule.homes.includes(room.spaceClass) && (rule.roomName === undefined || rule.roomName.test(room.name)),
  );
  if (homes.length === 0) {
    throw new Error(`No home room for ${rule.category} in ${department}`);
  }
  if (rule.per === 'room') {
    return homes.flatMap((home) => Array.from({ length: rule.count }, () => home));
  }
  const start = random.int(0, homes.length - 1);
  return Array.from({ length: rule.count }, (_, i) => homes[(start + i) % homes.length]);
}

function pickModel(category: EquipmentCategory, kind: DepartmentKind, random: SeededRandom): EquipmentModel {
  const suited = category.models.filter(
    (model) => model.departments === undefined || model.departments.includes(kind),
  );
  return random.weighted(suited.length > 0 ? suited : category.models, (model) => model.share);
}

/** '#' → a digit, '@' → a letter, anything else as written. */
function fillPattern(pattern: string, random: SeededRandom): string {
  let out = '';
  for (const char of pattern) {
    out += char === '#' ? String(random.int(0, 9)) : char === '@' ? random.pick([...SERIAL_LETTERS]) : char;
  }
  return out;
}

function uniqueDraw(taken: Set<string>, draw: () => string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const value = draw();
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
  throw new Error('Could not draw a unique value');
}
