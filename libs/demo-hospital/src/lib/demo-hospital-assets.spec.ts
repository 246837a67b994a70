import { ASSET_STATUSES, type SpaceClass } from '@wardwatch/contracts';
import { normalizeMac } from '@wardwatch/ble';
import type { DemoAsset } from './demo-hospital.types';
import { generateDemoHospital } from './generate-demo-hospital';
import { departmentKind } from './departments';
import { gtinCheckDigit } from './gs1-udi';

const hospital = generateDemoHospital();
const rooms = hospital.buildings.flatMap((b) => b.floors.flatMap((f) => f.rooms));
const roomsByKey = new Map(rooms.map((r) => [r.key, r]));
const tagsByMac = new Map(hospital.tags.map((t) => [t.mac, t]));
const TEMPERATURE_CONTROLLED = [
  'medication-refrigerator',
  'vaccine-freezer',
  'blood-bank-refrigerator',
  'plasma-freezer',
  'platelet-incubator',
  'warming-cabinet',
];

const homeClass = (asset: DemoAsset): SpaceClass | undefined => roomsByKey.get(asset.homeRoomKey)?.spaceClass;
const ofCategory = (code: string) => hospital.assets.filter((a) => a.categoryCode === code);
const homeDepartments = (code: string) => new Set(ofCategory(code).map((a) => a.homeDepartment));

describe('demo hospital assets', () => {
  it('homes every asset in an existing room, in that room’s department', () => {
    for (const asset of hospital.assets) {
      const home = roomsByKey.get(asset.homeRoomKey);
      expect(home).toBeDefined();
      expect(asset.homeDepartment).toBe(home?.department);
      expect(home?.spaceClass).not.toBe('corridor');
    }
  });

  it('gives every asset its own tag', () => {
    for (const asset of hospital.assets) {
      expect(tagsByMac.get(asset.tagMac)).toBeDefined();
    }
    expect(new Set(hospital.assets.map((a) => a.tagMac)).size).toBe(hospital.assets.length);
  });

  it('makes the tag of every fridge, freezer, incubator and warmer its temperature probe', () => {
    for (const asset of hospital.assets) {
      const tag = tagsByMac.get(asset.tagMac);
      if (TEMPERATURE_CONTROLLED.includes(asset.categoryCode)) {
        expect(tag).toEqual({
          mac: asset.tagMac,
          kind: 'environment-sensor',
          installedRoomKey: asset.homeRoomKey,
        });
        expect(asset.tagMac.startsWith('D6:E2:5A:')).toBe(true);
      } else {
        expect(tag).toEqual({ mac: asset.tagMac, kind: 'asset-tag', installedRoomKey: null });
        expect(asset.tagMac.startsWith('C4:7A:11:')).toBe(true);
      }
    }
  });

  it('puts beds in patient rooms, ventilators in the ICU, cold-chain units in pharmacy, medication rooms and blood bank', () => {
    const bedHomes = new Set(ofCategory('bed').map(homeClass));
    expect(bedHomes).toEqual(new Set(['patient-room', 'icu-room', 'supply-room']));
    const patientRooms = rooms.filter((r) => r.spaceClass === 'patient-room' || r.spaceClass === 'icu-room');
    const bedded = new Set(ofCategory('bed').map((a) => a.homeRoomKey));
    expect(patientRooms.filter((r) => !bedded.has(r.key))).toEqual([]);

    const ventilators = ofCategory('ventilator');
    expect(ventilators.filter((a) => a.homeDepartment === 'ICU').length / ventilators.length).toBeGreaterThan(
      0.6,
    );

    for (const code of ['blood-bank-refrigerator', 'plasma-freezer', 'platelet-incubator']) {
      expect(ofCategory(code).length).toBeGreaterThan(0);
    }
    expect([...homeDepartments('plasma-freezer')]).toEqual(['Blood Bank']);
    expect([...homeDepartments('platelet-incubator')]).toEqual(['Blood Bank']);
    for (const asset of ofCategory('medication-refrigerator')) {
      expect(['medication-room', 'pharmacy']).toContain(homeClass(asset));
    }
    expect(homeDepartments('warming-cabinet')).toEqual(new Set(['Perioperative', 'ED']));
  });

  it('concentrates pumps and monitors in wards, ICU and ED, and transport by the ED and entrances', () => {
    const share = (code: string, kinds: string[]) => {
      const fleet = ofCategory(code);
      return fleet.filter((a) => kinds.includes(departmentKind(a.homeDepartment))).length / fleet.length;
    };
    expect(share('infusion-pump', ['ward', 'icu', 'ed'])).toBeGreaterThan(0.85);
    expect(share('patient-monitor', ['ward', 'icu', 'ed', 'periop'])).toBeGreaterThan(0.9);
    expect(share('ventilator', ['icu'])).toBeGreaterThan(0.6);
    const wheelchairs = ofCategory('wheelchair');
    expect(
      wheelchairs.filter((a) => ['ED', 'Facilities'].includes(a.homeDepartment)).length / wheelchairs.length,
    ).toBeGreaterThan(0.4);
  });

  it('has realistic statuses: mostly available or in use, a handful missing', () => {
    const count = (status: string) => hospital.assets.filter((a) => a.status === status).length;
    const total = hospital.assets.length;
    for (const asset of hospital.assets) {
      expect(ASSET_STATUSES).toContain(asset.status);
    }
    expect((count('available') + count('in-use')) / total).toBeGreaterThan(0.75);
    expect(count('needs-cleaning')).toBeGreaterThan(0);
    expect(count('in-maintenance')).toBeGreaterThan(0);
    expect(count('out-of-service')).toBeGreaterThan(0);
    expect(count('missing')).toBeGreaterThan(0);
    expect(count('missing') / total).toBeLessThan(0.02);
  });

  it('records a GS1 UDI with a valid GTIN for about 70% of assets', () => {
    const withUdi = hospital.assets.filter((a) => a.udi !== null);
    expect(withUdi.length / hospital.assets.length).toBeGreaterThan(0.65);
    expect(withUdi.length / hospital.assets.length).toBeLessThan(0.75);
    for (const asset of withUdi) {
      const match = /^\(01\)(\d{14})\(21\)(.+)$/.exec(asset.udi ?? '');
      expect(match).not.toBeNull();
      if (match !== null) {
        expect(Number(match[1][13])).toBe(gtinCheckDigit(match[1].slice(0, 13)));
        expect(match[2]).toBe(asset.serialNumber);
      }
    }
  });

  it('uses serial numbers of letters and digits', () => {
    for (const asset of hospital.assets) {
      expect(asset.serialNumber).toMatch(/^[0-9A-Z-]{5,16}$/);
    }
  });
});

describe('demo hospital tags', () => {
  it('writes every tag MAC upper-case with colons, under the OUI for its kind', () => {
    for (const tag of hospital.tags) {
      expect(normalizeMac(tag.mac)).toBe(tag.mac);
      expect(tag.mac.startsWith(tag.kind === 'asset-tag' ? 'C4:7A:11:' : 'D6:E2:5A:')).toBe(true);
    }
  });

  it('installs environment sensors in existing rooms only', () => {
    for (const tag of hospital.tags) {
      if (tag.kind === 'environment-sensor') {
        expect(roomsByKey.has(tag.installedRoomKey ?? '')).toBe(true);
      } else {
        expect(tag.installedRoomKey).toBeNull();
      }
    }
  });

  it.each(['operating-room', 'medication-room', 'sterile-storage', 'pharmacy', 'blood-bank'] as const)(
    'has an installed environment sensor in every %s',
    (spaceClass) => {
      const sensed = new Set(
        hospital.tags.filter((t) => t.kind === 'environment-sensor').map((t) => t.installedRoomKey),
      );
      const monitored = rooms.filter((r) => r.spaceClass === spaceClass);
      expect(monitored.length).toBeGreaterThan(0);
      expect(monitored.filter((r) => !sensed.has(r.key)).map((r) => r.key)).toEqual([]);
    },
  );

  it('has no tag that belongs to nothing', () => {
    const assetMacs = new Set(hospital.assets.map((a) => a.tagMac));
    for (const tag of hospital.tags) {
      expect(assetMacs.has(tag.mac) || tag.kind === 'environment-sensor').toBe(true);
    }
  });
});
