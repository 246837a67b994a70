import { decodeAdvertisement } from '@wardwatch/ble';
import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { HospitalSimulation } from '../hospital-simulation';
import { scaleHospital } from './scaled-hospital';

const demo = generateDemoHospital();
const START_MS = Date.UTC(2026, 10, 18, 16, 0, 0);

describe('scaleHospital', () => {
  it('leaves the demo alone when no more than it has is asked for', () => {
    const same = scaleHospital(demo, { tags: 100, gateways: 30, seed: 's' });
    expect(same.extraGateways).toEqual([]);
    expect(same.extraTags).toBe(0);
    expect(same.hospital.tags).toEqual(demo.tags);
    expect(same.hospital.gateways).toEqual(demo.gateways);
    expect(same.hospital.assets).toEqual(demo.assets);
  });

  it('appends extra tags, their equipment and extra gateways after the demo ones', () => {
    const tags = demo.tags.length + 700;
    const gateways = demo.gateways.length + 150;
    const scaled = scaleHospital(demo, { tags, gateways, seed: 's' });
    expect(scaled.hospital.tags).toHaveLength(tags);
    expect(scaled.hospital.gateways).toHaveLength(gateways);
    expect(scaled.hospital.tags.slice(0, demo.tags.length)).toEqual(demo.tags);
    expect(scaled.hospital.gateways.slice(0, demo.gateways.length)).toEqual(demo.gateways);
    expect(scaled.extraGateways).toEqual(scaled.hospital.gateways.slice(demo.gateways.length));
    expect(scaled.extraTags).toBe(700);
    expect(scaled.demoAssets).toBe(demo.assets.length);
    expect(scaled.hospital.assets.length).toBeGreaterThan(demo.assets.length + 600);
  });
});

describe('a scaled-up simulation', () => {
  const scaled = scaleHospital(demo, {
    tags: demo.tags.length + 3000,
    gateways: demo.gateways.length + 400,
    seed: 'scaled',
  });
  const simulation = new HospitalSimulation(scaled.hospital, {
    seed: 'scaled',
    speed: 1,
    gatewayLimit: null,
    tagLimit: null,
    startMs: START_MS,
  });
  const seconds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((tick) => simulation.step(tick, START_MS + tick * 1000));
  const firstExtraTag = demo.tags.length;
  const firstExtraGateway = demo.gateways.length;

  it('has extra gateways that hear tags like the demo gateways do', () => {
    const heard = (from: number, to: number) =>
      seconds[0].receptions.slice(from, to).reduce((n, r) => n + r.length, 0) / (to - from);
    const perDemoGateway = heard(0, firstExtraGateway);
    const perExtraGateway = heard(firstExtraGateway, simulation.gateways.length);
    const silentExtras = seconds[0].receptions.slice(firstExtraGateway).filter((r) => r.length === 0);
    expect(perExtraGateway).toBeGreaterThan(perDemoGateway / 2);
    expect(silentExtras.length).toBeLessThan(20);
  });

  it('has extra tags that are heard and advertise genuine iBeacon, Eddystone and Ruuvi frames', () => {
    const heardTags = new Set<number>();
    const formats = new Set<string>();
    for (const second of seconds) {
      for (const receptions of second.receptions) {
        for (const { tagIndex } of receptions) {
          if (tagIndex >= firstExtraTag) {
            heardTags.add(tagIndex);
          }
        }
      }
      for (let i = firstExtraTag; i < second.adverts.length; i++) {
        const decoded = decodeAdvertisement(second.adverts[i]);
        if (!decoded.ok) {
          throw new Error(`${second.tagMacs[i]}: ${decoded.reason}`);
        }
        const beacon = decoded.beacons[0];
        formats.add(beacon.format);
        if (beacon.format === 'ruuvi-rawv2') {
          expect(beacon.mac).toBe(second.tagMacs[i]);
        }
      }
    }
    // Tags in an elevator are out of sight; nearly all others are heard within ten seconds.
    expect(heardTags.size).toBeGreaterThan(0.97 * 3000);
    expect([...formats].sort()).toEqual(['eddystone-tlm', 'eddystone-uid', 'ibeacon', 'ruuvi-rawv2']);
  });
});
