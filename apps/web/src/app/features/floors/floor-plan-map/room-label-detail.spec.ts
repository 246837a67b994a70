import { chooseLabelDetail } from './room-label-detail';

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
