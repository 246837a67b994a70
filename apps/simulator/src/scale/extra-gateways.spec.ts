import type { DemoGateway } from '@wardwatch/demo-hospital';
import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { distance, pointInPolygon } from '../world/geometry';
import { EXTRA_MAC_PREFIX } from './extra-macs';
import { planExtraGateways } from './extra-gateways';
import { generateExtraTags } from './extra-tags';

const demo = generateDemoHospital();
const EXTRA = 2000 - demo.gateways.length;
const extras = planExtraGateways(demo, EXTRA);
const floors = demo.buildings.flatMap((b) => b.floors);
const rooms = new Map(floors.flatMap((f) => f.rooms.map((r) => [r.key, { room: r, floor: f }] as const)));

describe('extra gateways', () => {
  it('are as many as asked for, the same every time, and a smaller count is a prefix', () => {
    expect(extras).toHaveLength(EXTRA);
    expect(planExtraGateways(demo, EXTRA)).toEqual(extras);
    expect(planExtraGateways(demo, 100)).toEqual(extras.slice(0, 100));
  });

  it('have unique MACs under their own prefix, colliding with no demo or extra radio', () => {
    const macs = extras.map((g) => g.mac);
    expect(new Set(macs).size).toBe(macs.length);
    expect(macs.every((mac) => /^FA:5C:A1(:[0-9A-F]{2}){3}$/.test(mac))).toBe(true);
    expect(EXTRA_MAC_PREFIX.gateway).toBe('FA:5C:A1');
    const others = new Set([
      ...demo.gateways.map((g) => g.mac),
      ...demo.tags.map((t) => t.mac),
      ...generateExtraTags(demo, 5000, 's').tags.map((t) => t.mac),
    ]);
    expect(macs.filter((mac) => others.has(mac))).toEqual([]);
  });

  it('sit inside their room polygon, on their room floor, never in a lift or stairwell', () => {
    for (const gateway of extras) {
      const found = rooms.get(gateway.roomKey);
      expect(found).toBeDefined();
      if (found === undefined) {
        continue;
      }
      expect({ key: gateway.key, inside: pointInPolygon(gateway.point, found.room.polygon) }).toEqual({
        key: gateway.key,
        inside: true,
      });
      expect(pointInPolygon(gateway.point, found.floor.outline)).toBe(true);
      expect(gateway.floorKey).toBe(found.floor.key);
      expect(['elevator', 'stair']).not.toContain(found.room.spaceClass);
      // On a 1 cm grid, like the demo's gateways.
      expect(gateway.point.every((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6)).toBe(true);
    }
  });

  it('keep clear of the other gateways in their room', () => {
    const inRoom = new Map<string, DemoGateway[]>();
    for (const gateway of [...demo.gateways, ...extras]) {
      inRoom.set(gateway.roomKey, [...(inRoom.get(gateway.roomKey) ?? []), gateway]);
    }
    let closest = Infinity;
    for (const gateway of extras) {
      for (const other of inRoom.get(gateway.roomKey) ?? []) {
        if (other !== gateway) {
          closest = Math.min(closest, distance(gateway.point, other.point));
        }
      }
    }
    expect(closest).toBeGreaterThan(1.5);
  });

  it('are second gateways of distinct rooms first, then third ones, spread over every floor', () => {
    const eligible = floors
      .flatMap((f) => f.rooms)
      .filter((r) => !['elevator', 'stair'].includes(r.spaceClass));
    const firstRound = extras.slice(0, eligible.length);
    expect(new Set(firstRound.map((g) => g.roomKey)).size).toBe(eligible.length);
    expect(firstRound.every((g) => g.key.endsWith('/gw-x1'))).toBe(true);
    expect(extras.slice(eligible.length).every((g) => g.key.endsWith('/gw-x2'))).toBe(true);
    expect(new Set(extras.slice(0, floors.length).map((g) => g.floorKey)).size).toBe(floors.length);
    for (const floor of floors) {
      expect(extras.filter((g) => g.floorKey === floor.key).length).toBeGreaterThan(
        EXTRA / floors.length / 3,
      );
    }
  });

  it('have names the API takes (1 to 120 characters) and unique keys', () => {
    expect(new Set(extras.map((g) => g.key)).size).toBe(extras.length);
    expect(extras.every((g) => g.name.length >= 1 && g.name.length <= 120)).toBe(true);
    expect(extras[0].name).toMatch(/^GW [AB]\d-\S+ extra #1$/);
  });
});
