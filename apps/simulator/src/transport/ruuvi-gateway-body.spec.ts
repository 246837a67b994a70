import { decodeAdvertisement, parseRuuviGatewayHttp, type DecodedBeacon } from '@wardwatch/ble';
import { demoGatewayKey, generateDemoHospital } from '@wardwatch/demo-hospital';
import { HospitalSimulation, heardBy } from '../hospital-simulation';
import { gatewayEndpoints } from './gateway-endpoint';
import { buildRuuviGatewayBody } from './ruuvi-gateway-body';

const hospital = generateDemoHospital();
const START_MS = Date.UTC(2026, 10, 18, 16, 0, 0);

/** The batches of a full hospital's first second, through the real simulation. */
function firstSecond() {
  const simulation = new HospitalSimulation(hospital, {
    seed: 'batch',
    speed: 1,
    gatewayLimit: null,
    tagLimit: null,
    startMs: START_MS,
  });
  const second = simulation.step(0, START_MS);
  return simulation.gateways.map((gateway, i) => ({ gateway, heard: heardBy(second, i) }));
}

describe('Ruuvi Gateway batch body', () => {
  const batches = firstSecond();
  const busiest = [...batches].sort((a, b) => b.heard.length - a.heard.length)[0];

  it('has exactly the shape a Ruuvi Gateway posts', () => {
    const body = buildRuuviGatewayBody(busiest.gateway.mac, START_MS + 420, 123456789, busiest.heard);
    expect(Object.keys(body)).toEqual(['data']);
    expect(Object.keys(body.data).sort()).toEqual(['coordinates', 'gw_mac', 'nonce', 'tags', 'timestamp']);
    expect(body.data).toMatchObject({
      coordinates: '',
      timestamp: String(START_MS / 1000),
      nonce: '123456789',
      gw_mac: busiest.gateway.mac,
    });
    const entries = Object.entries(body.data.tags);
    expect(entries.length).toBe(busiest.heard.length);
    expect(entries.length).toBeGreaterThan(5);
    for (const [mac, entry] of entries) {
      expect(mac).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
      expect(Object.keys(entry).sort()).toEqual(['data', 'rssi', 'timestamp']);
      expect(Number.isInteger(entry.rssi)).toBe(true);
      expect(entry.rssi).toBeLessThanOrEqual(-20);
      expect(entry.rssi).toBeGreaterThanOrEqual(-95);
      expect(entry.timestamp).toBe(String(START_MS / 1000));
      expect(entry.data).toMatch(/^(?:[0-9A-F]{2})+$/);
    }
  });

  it('round-trips through the API parser and the advertisement decoders', () => {
    const formats = new Set<string>();
    let sightings = 0;
    for (const { gateway, heard } of batches) {
      const body = JSON.parse(
        JSON.stringify(buildRuuviGatewayBody(gateway.mac, START_MS, 7, heard)),
      ) as unknown;
      const parsed = parseRuuviGatewayHttp(body, START_MS + 500);
      if (!parsed.ok) {
        throw new Error(parsed.errors.join('; '));
      }
      expect(parsed.batch.gatewayMac).toBe(gateway.mac);
      expect(parsed.batch.sentAt).toBe(START_MS);
      expect(parsed.batch.rejected).toEqual([]);
      expect(parsed.batch.sightings).toHaveLength(heard.length);
      parsed.batch.sightings.forEach((sighting, i) => {
        expect(sighting).toEqual({
          tagMac: heard[i].tagMac,
          rssi: heard[i].rssi,
          seenAt: START_MS,
          rawHex: heard[i].advertHex,
        });
        const decoded = decodeAdvertisement(sighting.rawHex ?? '');
        if (!decoded.ok) {
          throw new Error(decoded.reason);
        }
        expect(decoded.beacons).toHaveLength(1);
        formats.add(decoded.beacons[0].format);
      });
      sightings += heard.length;
    }
    expect(sightings).toBeGreaterThan(5000);
    expect([...formats].sort()).toEqual(['eddystone-tlm', 'eddystone-uid', 'ibeacon', 'ruuvi-rawv2']);
  });

  it('carries environment readings that fit where the sensor is', () => {
    const assetByTag = new Map(hospital.assets.map((asset) => [asset.tagMac, asset]));
    const readings = new Map<string, DecodedBeacon>();
    for (const { heard } of batches) {
      for (const advert of heard) {
        const decoded = decodeAdvertisement(advert.advertHex);
        if (decoded.ok && decoded.beacons[0]?.format === 'ruuvi-rawv2') {
          readings.set(advert.tagMac, decoded.beacons[0]);
        }
      }
    }
    const temperatureOf = (category: string): number[] =>
      [...readings]
        .filter(([mac]) => assetByTag.get(mac)?.categoryCode === category)
        .map(([, beacon]) => (beacon.format === 'ruuvi-rawv2' ? (beacon.temperatureC ?? NaN) : NaN));
    const fridges = temperatureOf('medication-refrigerator');
    const freezers = temperatureOf('plasma-freezer');
    expect(fridges.length).toBeGreaterThan(5);
    expect(freezers.length).toBeGreaterThan(0);
    expect(Math.min(...fridges)).toBeGreaterThan(2);
    expect(Math.max(...fridges)).toBeLessThan(8);
    expect(Math.min(...freezers)).toBeGreaterThan(-35);
    expect(Math.max(...freezers)).toBeLessThan(-25);
  });

  it('authenticates each gateway with the key derived from the demo secret', () => {
    const endpoints = gatewayEndpoints(
      'http://127.0.0.1:3000/',
      'demo-secret',
      hospital.gateways.slice(0, 3),
    );
    expect(endpoints).toEqual(
      hospital.gateways.slice(0, 3).map((gateway) => ({
        mac: gateway.mac,
        url: 'http://127.0.0.1:3000/api/v1/ingest/ruuvi',
        authorization: `Bearer ${demoGatewayKey('demo-secret', gateway.mac)}`,
      })),
    );
    expect(endpoints[0].authorization).toMatch(/^Bearer wwg_[A-Za-z0-9_-]{43}$/);
  });
});
