import { SPACE_CLASSES, type SpaceClass } from '@wardwatch/contracts';
import { generateDemoHospital } from './generate-demo-hospital';
import { departmentKind } from './departments';

const hospital = generateDemoHospital();
const floors = hospital.buildings.flatMap((b) => b.floors);
const rooms = floors.flatMap((f) => f.rooms);

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('generateDemoHospital', () => {
  describe('determinism', () => {
    it('gives deep-equal output for the same seed', () => {
      expect(generateDemoHospital()).toEqual(hospital);
      expect(generateDemoHospital('another seed')).toEqual(generateDemoHospital('another seed'));
    });

    it('gives a different fleet for a different seed, on the same floor plans', () => {
      const other = generateDemoHospital('st-elsewhere');
      expect(other).not.toEqual(hospital);
      expect(other.assets.map((a) => a.serialNumber)).not.toEqual(hospital.assets.map((a) => a.serialNumber));
      expect(other.buildings).toEqual(hospital.buildings);
    });

    it('defaults to the wardwatch-general seed', () => {
      expect(generateDemoHospital('wardwatch-general')).toEqual(hospital);
    });
  });

  describe('site and size', () => {
    it('is Wardwatch General in Chicago time', () => {
      expect(hospital.site).toEqual({
        key: 'wardwatch-general',
        name: 'Wardwatch General',
        timezone: 'America/Chicago',
      });
    });

    it('has the Main Tower and the Pavilion, at least 6 floors in all', () => {
      expect(hospital.buildings.map((b) => [b.code, b.name])).toEqual([
        ['A', 'Main Tower'],
        ['B', 'Pavilion'],
      ]);
      expect(floors.length).toBeGreaterThanOrEqual(6);
      for (const building of hospital.buildings) {
        expect(building.floors.map((f) => f.level)).toEqual(building.floors.map((_, i) => i));
      }
    });

    it('has at least 300 rooms that are not corridors', () => {
      expect(rooms.filter((r) => r.spaceClass !== 'corridor').length).toBeGreaterThanOrEqual(300);
    });

    it('has at least 2,000 assets in at least 12 categories', () => {
      expect(hospital.assets.length).toBeGreaterThanOrEqual(2000);
      expect(new Set(hospital.assets.map((a) => a.categoryCode)).size).toBeGreaterThanOrEqual(12);
    });

    it('lists every category used, with kebab-case codes', () => {
      const codes = hospital.categories.map((c) => c.code);
      expect(duplicates(codes)).toEqual([]);
      for (const code of codes) {
        expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      }
      for (const asset of hospital.assets) {
        expect(codes).toContain(asset.categoryCode);
      }
    });
  });

  describe('rooms', () => {
    const required: SpaceClass[] = [
      'patient-room',
      'icu-room',
      'operating-room',
      'ed-bay',
      'clean-utility',
      'soiled-utility',
      'supply-room',
      'medication-room',
      'sterile-storage',
      'biomed-shop',
      'corridor',
      'exit',
      'nurse-station',
      'pharmacy',
      'blood-bank',
    ];

    it.each(required)('has at least one %s', (spaceClass) => {
      expect(rooms.some((r) => r.spaceClass === spaceClass)).toBe(true);
    });

    it('uses only known space classes and departments', () => {
      for (const room of rooms) {
        expect(SPACE_CLASSES).toContain(room.spaceClass);
        expect(room.department).not.toBe('');
        expect(() => departmentKind(room.department)).not.toThrow();
      }
    });

    it('has about 8 operating rooms, 16 ICU rooms and an ED with bays', () => {
      const count = (c: SpaceClass) => rooms.filter((r) => r.spaceClass === c).length;
      expect(count('operating-room')).toBe(8);
      expect(count('icu-room')).toBe(16);
      expect(count('ed-bay')).toBeGreaterThanOrEqual(20);
      expect(count('patient-room')).toBeGreaterThanOrEqual(150);
    });

    it('has two wards on each Main Tower inpatient floor, each with its support rooms', () => {
      for (const level of [2, 3, 4]) {
        const floor = hospital.buildings[0].floors[level];
        const departments = new Set(
          floor.rooms.filter((r) => r.spaceClass === 'patient-room').map((r) => r.department),
        );
        expect([...departments].sort()).toEqual([`${level + 1} East`, `${level + 1} West`]);
        for (const department of departments) {
          const classes = new Set(
            floor.rooms.filter((r) => r.department === department).map((r) => r.spaceClass),
          );
          for (const needed of [
            'nurse-station',
            'clean-utility',
            'soiled-utility',
            'supply-room',
            'medication-room',
            'staff-room',
            'corridor',
          ] as const) {
            expect(classes).toContain(needed);
          }
        }
      }
    });

    it('has unique keys, and unique numbers on each floor', () => {
      expect(duplicates(rooms.map((r) => r.key))).toEqual([]);
      for (const floor of floors) {
        expect(duplicates(floor.rooms.map((r) => r.number))).toEqual([]);
        for (const room of floor.rooms) {
          expect(room.key).toBe(`${floor.key}/${room.number}`);
        }
      }
    });

    it('numbers rooms by floor, as in 312 = floor 3 room 12', () => {
      const room312 = rooms.find((r) => r.key === 'A/3/312');
      expect(room312).toMatchObject({ name: 'Patient Room 312', spaceClass: 'patient-room' });
      for (const floor of floors) {
        for (const room of floor.rooms.filter((r) => r.spaceClass === 'patient-room')) {
          expect(room.number).toMatch(new RegExp(`^${floor.level + 1}\\d\\d$`));
        }
      }
    });

    it('names corridor segments after their zone', () => {
      const corridors = rooms.filter((r) => r.spaceClass === 'corridor');
      expect(corridors.map((r) => r.name)).toContain('Corridor 3E-1');
      for (const corridor of corridors) {
        expect(corridor.name).toMatch(/^(Corridor [0-9A-Z]+-\d+|Elevator Lobby)$/);
      }
    });
  });

  describe('identifiers', () => {
    it('keeps gateway MACs, tag MACs, serial numbers and asset tags unique', () => {
      expect(duplicates(hospital.gateways.map((g) => g.mac))).toEqual([]);
      expect(duplicates(hospital.gateways.map((g) => g.key))).toEqual([]);
      expect(duplicates(hospital.tags.map((t) => t.mac))).toEqual([]);
      expect(duplicates(hospital.assets.map((a) => a.serialNumber))).toEqual([]);
      expect(duplicates(hospital.assets.map((a) => a.assetTag))).toEqual([]);
      expect(duplicates(hospital.assets.map((a) => a.key))).toEqual([]);
      expect(duplicates(hospital.assets.map((a) => a.tagMac))).toEqual([]);
    });

    it('writes asset tags as WW-nnnnnn', () => {
      for (const asset of hospital.assets) {
        expect(asset.assetTag).toMatch(/^WW-\d{6}$/);
      }
    });
  });
});
