import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { HospitalSimulation, heardBy, type SimulatedSecond } from '../hospital-simulation';
import { RuuviBodyWriter } from './ruuvi-body-writer';
import { buildRuuviGatewayBody } from './ruuvi-gateway-body';

const START_MS = Date.UTC(2026, 10, 18, 16, 0, 0);

/** What JSON.stringify makes of the body object: the reference the writer must match byte for byte. */
const reference = (second: SimulatedSecond, gateway: number, mac: string, sentAtMs: number, nonce: number) =>
  JSON.stringify(buildRuuviGatewayBody(mac, sentAtMs, nonce, heardBy(second, gateway)));

describe('RuuviBodyWriter', () => {
  const simulation = new HospitalSimulation(generateDemoHospital(), {
    seed: 'text',
    speed: 1,
    gatewayLimit: null,
    tagLimit: null,
    startMs: START_MS,
  });
  const seconds = [0, 1, 2, 3].map((tick) => simulation.step(tick, START_MS + tick * 1000));

  it('writes exactly the JSON of the Ruuvi Gateway body, for every gateway, second after second', () => {
    const writer = new RuuviBodyWriter();
    let sightings = 0;
    for (const second of seconds) {
      simulation.gateways.forEach((gateway, i) => {
        const sentAtMs = second.nowMs + 37 * (i % 27);
        const nonce = 0x9e3779b9 * (i + 1);
        expect(writer.body(second, i, gateway.mac, sentAtMs, nonce).toString('utf8')).toBe(
          reference(second, i, gateway.mac, sentAtMs, nonce),
        );
        sightings += second.receptions[i].length;
      });
    }
    expect(sightings).toBeGreaterThan(4 * 20_000);
  });

  it('stays right when a late batch of an earlier second is written after a later one', () => {
    const writer = new RuuviBodyWriter();
    const busiest = seconds[3].receptions.reduce(
      (best, r, i, all) => (r.length > all[best].length ? i : best),
      0,
    );
    const mac = simulation.gateways[busiest].mac;
    for (const second of [seconds[3], seconds[1], seconds[3], seconds[0]]) {
      expect(writer.body(second, busiest, mac, second.nowMs, 1).toString()).toBe(
        reference(second, busiest, mac, second.nowMs, 1),
      );
    }
  });

  it('writes an empty tags object for a gateway that heard nothing', () => {
    const second = { nowMs: START_MS, tagMacs: ['C4:7A:11:00:00:01'], adverts: ['0201'], receptions: [[]] };
    expect(new RuuviBodyWriter().body(second, 0, 'F2:A0:0C:00:00:01', START_MS, -1).toString()).toBe(
      '{"data":{"coordinates":"","timestamp":"1795017600","nonce":"4294967295","gw_mac":"F2:A0:0C:00:00:01","tags":{}}}',
    );
  });

  it.each([
    ['today', START_MS],
    ['with nine-digit times (before 2001)', Date.UTC(1999, 0, 1)],
    ['with eleven-digit times (after 2286)', Date.UTC(2300, 0, 1)],
  ])('writes any RSSI, not only the usual two-digit negative ones, %s', (_, nowMs) => {
    const tagMacs = ['C4:7A:11:00:00:01', 'C4:7A:11:00:00:02', 'D6:E2:5A:00:00:03', 'CA:5C:A1:00:00:04'];
    const adverts = ['0201061AFF4C00', '', '0201061BFF9904', 'AB'];
    const writer = new RuuviBodyWriter();
    for (const rssis of [
      [-5, -10, -99, -100],
      [0, 3, -20, -95],
    ]) {
      const second = {
        nowMs,
        tagMacs,
        adverts,
        receptions: [rssis.map((rssi, tagIndex) => ({ tagIndex, rssi }))],
      };
      expect(writer.body(second, 0, 'FA:5C:A1:00:00:01', nowMs + 999, 42).toString()).toBe(
        reference(second, 0, 'FA:5C:A1:00:00:01', nowMs + 999, 42),
      );
    }
  });
});
