import { chooseLabelDetail, chooseLabelLayout } from './room-label-detail';

const ROOM = { number: '312', name: 'Patient room' };

describe('chooseLabelDetail', () => {
  it('hides the label when the room is too small on screen', () => {
    expect(chooseLabelDetail(ROOM, 20, 20)).toBe('hidden');
    expect(chooseLabelDetail(ROOM, 200, 10)).toBe('hidden');
  });

  it('shows only the number when the name does not fit', () => {
    expect(chooseLabelDetail(ROOM, 40, 40)).toBe('number');
    expect(chooseLabelDetail(ROOM, 200, 20)).toBe('number');
  });

  it('shows number and name when both fit', () => {
    expect(chooseLabelDetail(ROOM, 120, 40)).toBe('full');
  });

  it('needs more room for a longer name', () => {
    const long = { number: '312', name: 'Sterile processing decontamination' };
    expect(chooseLabelDetail(long, 120, 40)).toBe('number');
  });
});

describe('chooseLabelLayout', () => {
  it('adds the reading of a monitored room when three lines fit', () => {
    expect(chooseLabelLayout(ROOM, '27.0 °C', 120, 50)).toEqual({ detail: 'full', reading: true });
  });

  it('gives the name up for the reading when only two lines fit', () => {
    expect(chooseLabelLayout(ROOM, '27.0 °C', 120, 36)).toEqual({ detail: 'number', reading: true });
  });

  it('leaves the reading out when it does not fit, or there is none', () => {
    expect(chooseLabelLayout(ROOM, '27.0 °C', 40, 60)).toEqual({ detail: 'number', reading: false });
    expect(chooseLabelLayout(ROOM, '27.0 °C', 120, 20)).toEqual({ detail: 'number', reading: false });
    expect(chooseLabelLayout(ROOM, null, 120, 50)).toEqual({ detail: 'full', reading: false });
    expect(chooseLabelLayout(ROOM, '27.0 °C', 20, 20)).toEqual({ detail: 'hidden', reading: false });
  });
});
