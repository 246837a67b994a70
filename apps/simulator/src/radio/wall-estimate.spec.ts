import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { createRandom } from '../random/seeded-random';
import type { Point } from '../world/geometry';
import { buildHospitalWorld, requireFloor, requireRoom } from '../world/hospital-world';
import { GatewayHearing } from './gateway-hearing';
import { estimateWalls } from './wall-estimate';

const world = buildHospitalWorld(generateDemoHospital());
const floor = requireFloor(world, 'A/3');
const centre = (key: string): Point => requireRoom(world, key).centroid;

describe('wall estimate', () => {
  it('counts no wall inside a room or along open corridor segments', () => {
    expect(estimateWalls(floor, [6, 1], [9, 6])).toBe(0);
    // Corridor 3W-1 runs into 3W-2 at x = 29.5 with no wall between.
    expect(estimateWalls(floor, [10, 8.3], [50, 8.3])).toBe(0);
  });

  it('counts one wall between neighbouring rooms and between a room and its corridor', () => {
    expect(estimateWalls(floor, centre('A/3/301'), centre('A/3/302'))).toBe(1);
    expect(estimateWalls(floor, centre('A/3/301'), [7, 8.3])).toBe(1);
  });

  it('counts more walls the more rooms lie between', () => {
    expect(estimateWalls(floor, centre('A/3/301'), centre('A/3/303'))).toBe(2);
    expect(estimateWalls(floor, centre('A/3/301'), centre('A/3/305'))).toBe(4);
    // Across the corridor into the utility rooms: room wall, corridor wall.
    expect(estimateWalls(floor, centre('A/3/302'), centre('A/3/350'))).toBe(2);
  });
});

describe('gateway hearing', () => {
  it('hears a tag louder nearby than far away, and louder without walls than through them', () => {
    const hospital = world.hospital;
    const gateway = hospital.gateways.find((g) => g.roomKey === 'A/3/301');
    expect(gateway).toBeDefined();
    if (gateway === undefined) {
      return;
    }
    const hearing = new GatewayHearing(world, [gateway], createRandom('hearing'));
    const [gx, gy] = gateway.point;
    const at = (x: number, y: number, tagIndex: number) => ({ tagIndex, floorKey: 'A/3', x, y });
    const tags = [
      at(gx + 1, gy, 0), // same room, 1 m
      at(gx - 2, gy, 1), // same room, 2 m
      at(gx + 2.5, gy, 2), // next room (302), 2.5 m, one wall
      at(gx + 13.5, gy, 3), // three rooms along (304), 13.5 m, three walls
      at(gx + 40, gy, 4), // beyond range
      { ...at(gx + 1, gy, 5), floorKey: 'A/4' }, // another floor
    ];
    const sums = new Array<number>(tags.length).fill(0);
    const counts = new Array<number>(tags.length).fill(0);
    for (let second = 0; second < 2000; second++) {
      for (const { tagIndex, rssi } of hearing.hear(tags)[0]) {
        sums[tagIndex] += rssi;
        counts[tagIndex]++;
      }
    }
    const mean = (i: number): number => sums[i] / counts[i];
    expect(counts[4]).toBe(0);
    expect(counts[5]).toBe(0);
    expect(counts[0]).toBeGreaterThan(1700);
    expect(mean(0)).toBeGreaterThan(mean(1));
    // 2 m in the room vs 2.5 m through a wall: the wall costs far more than the extra half metre.
    expect(mean(1) - mean(2)).toBeGreaterThan(5);
    expect(counts[3]).toBeLessThan(counts[2]);
  });
});
