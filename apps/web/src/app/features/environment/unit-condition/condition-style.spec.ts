import { UNIT_CONDITIONS } from '@wardwatch/contracts';
import { CONDITION_STYLES, conditionBackground, conditionFill, worstCondition } from './condition-style';

describe('condition styles', () => {
  it('gives every condition a cue that does not rest on colour alone', () => {
    const cues = UNIT_CONDITIONS.map((c) => {
      const s = CONDITION_STYLES[c];
      return `${s.pattern?.id ?? 'plain'}|${s.dashArray ?? 'solid'}|${s.weight}`;
    });
    expect(new Set(cues).size).toBe(UNIT_CONDITIONS.length);
    expect(new Set(UNIT_CONDITIONS.map((c) => CONDITION_STYLES[c].label)).size).toBe(UNIT_CONDITIONS.length);
  });

  it('draws an alert heavier than anything else', () => {
    expect(CONDITION_STYLES.alert.weight).toBeGreaterThan(CONDITION_STYLES.ok.weight);
    expect(CONDITION_STYLES.alert.weight).toBeGreaterThan(CONDITION_STYLES['no-data'].weight);
  });

  it('fills an alert or a room without data with its pattern, and keeps the room colour when in range', () => {
    expect(conditionFill('alert', '#8fd3c1')).toBe('url(#ww-condition-alert)');
    expect(conditionFill('no-data', '#8fd3c1')).toBe('url(#ww-condition-no-data)');
    expect(conditionFill('ok', '#8fd3c1')).toBe('#8fd3c1');
  });

  it('gives CSS the same cue: stripes, dots or a plain tint', () => {
    expect(conditionBackground('alert')).toContain('repeating-linear-gradient');
    expect(conditionBackground('alert')).toContain(CONDITION_STYLES.alert.pattern?.ink);
    expect(conditionBackground('no-data')).toContain('radial-gradient');
    expect(conditionBackground('ok')).toBe(CONDITION_STYLES.ok.tint);
  });

  it('picks the most urgent condition of several units, or none', () => {
    expect(worstCondition([])).toBeNull();
    expect(worstCondition([{ condition: 'ok' }, { condition: 'no-data' }])).toBe('no-data');
    expect(worstCondition([{ condition: 'no-data' }, { condition: 'alert' }, { condition: 'ok' }])).toBe(
      'alert',
    );
  });
});
