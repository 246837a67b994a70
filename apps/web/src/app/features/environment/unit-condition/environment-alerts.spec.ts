import type { AlertDto } from '@wardwatch/contracts';
import { isEnvironmentAlert, isUnitAlert } from './environment-alerts';

const unit = { name: '212 OR 2', roomId: 'r1' };
const alert = (over: Partial<AlertDto>): Pick<AlertDto, 'kind' | 'roomId' | 'title'> => ({
  kind: 'temperature-excursion',
  roomId: 'r1',
  title: '212 OR 2: temperature out of range',
  ...over,
});

describe('environment alerts', () => {
  it('knows which alert kinds the environment rules raise', () => {
    expect(isEnvironmentAlert({ kind: 'sensor-silent' })).toBe(true);
    expect(isEnvironmentAlert({ kind: 'power-loss' })).toBe(true);
    expect(isEnvironmentAlert({ kind: 'gateway-offline' })).toBe(false);
  });

  it("finds a unit's alerts by room and title, not another unit's in the same room", () => {
    expect(isUnitAlert(alert({}), unit)).toBe(true);
    expect(isUnitAlert(alert({ title: 'WW-0001 Fridge (212): temperature out of range' }), unit)).toBe(false);
    expect(isUnitAlert(alert({ roomId: 'r2' }), unit)).toBe(false);
    expect(isUnitAlert(alert({ kind: 'gateway-offline' }), unit)).toBe(false);
    expect(isUnitAlert(alert({ title: '212 OR 22: temperature out of range' }), unit)).toBe(false);
  });
});
