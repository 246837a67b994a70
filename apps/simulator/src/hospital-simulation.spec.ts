import { generateDemoHospital } from '@wardwatch/demo-hospital';

import { HospitalSimulation } from './hospital-simulation';

describe('subsets', () => {
  it('with a gateway subset, takes tags from those gateways floors first so they are heard', () => {
    const hospital = generateDemoHospital();
    const simulation = new HospitalSimulation(hospital, {
      seed: 's',
      speed: 1,
      gatewayLimit: 30,
      tagLimit: 200,
      startMs: Date.UTC(2026, 10, 21, 14),
    });
    const second = simulation.step(0, Date.UTC(2026, 10, 21, 14));
    const heard = second.receptions.reduce((n, receptions) => n + receptions.length, 0);
    expect(simulation.tags).toHaveLength(200);
    expect(heard).toBeGreaterThan(50);
  });
});
