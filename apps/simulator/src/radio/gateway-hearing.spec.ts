import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { createRandom } from '../random/seeded-random';
import { buildHospitalWorld } from '../world/hospital-world';
import { GatewayHearing, type PlacedTag } from './gateway-hearing';

const world = buildHospitalWorld(generateDemoHospital());
const gateways = world.hospital.gateways.filter((g) => g.floorKey === 'A/3');

/** Which gateways hear tag 0, summed over many seconds. */
function hearers(hearing: GatewayHearing, tag: PlacedTag, seconds = 50): Set<number> {
  const heard = new Set<number>();
  for (let s = 0; s < seconds; s++) {
    hearing.hear([tag]).forEach((receptions, gatewayIndex) => {
      if (receptions.some((r) => r.tagIndex === tag.tagIndex)) {
        heard.add(gatewayIndex);
      }
    });
  }
  return heard;
}

describe('GatewayHearing', () => {
  it('works out again who hears a tag once it has moved', () => {
    const hearing = new GatewayHearing(world, gateways, createRandom('move'));
    const [ax, ay] = gateways[0].point;
    const far = gateways.reduce((best, g) =>
      Math.hypot(g.point[0] - ax, g.point[1] - ay) > Math.hypot(best.point[0] - ax, best.point[1] - ay)
        ? g
        : best,
    );
    const near = hearers(hearing, { tagIndex: 0, floorKey: 'A/3', x: ax + 0.5, y: ay });
    const moved = hearers(hearing, { tagIndex: 0, floorKey: 'A/3', x: far.point[0] + 0.5, y: far.point[1] });
    const away = hearers(hearing, { tagIndex: 0, floorKey: 'A/4', x: far.point[0] + 0.5, y: far.point[1] });
    expect(near.has(0)).toBe(true);
    expect(moved.has(0)).toBe(false);
    expect(moved.has(gateways.indexOf(far))).toBe(true);
    expect(away.size).toBe(0);
  });

  it('finds every close gateway through the range grid (checked against a brute-force scan)', () => {
    const hearing = new GatewayHearing(world, gateways, createRandom('grid'));
    const random = createRandom('spots');
    const floor = world.floors.get('A/3');
    if (floor === undefined) {
      throw new Error('no floor A/3');
    }
    for (let i = 0; i < 40; i++) {
      const tag = {
        tagIndex: i,
        floorKey: 'A/3',
        x: random.range(0, floor.widthM),
        y: random.range(0, floor.heightM),
      };
      const inRange = gateways
        .map((g, index) => ({ index, d: Math.hypot(g.point[0] - tag.x, g.point[1] - tag.y) }))
        .filter(({ d }) => d <= 15);
      const heard = hearers(hearing, tag, 30);
      // Every hearer is in range; every close one (under 3 m, no chance to miss 30 times) is a hearer.
      expect([...heard].every((index) => inRange.some((r) => r.index === index))).toBe(true);
      for (const { index, d } of inRange) {
        if (d < 3) {
          expect(heard.has(index)).toBe(true);
        }
      }
    }
  });
});
