import { corridor, mirror, place, repeat, room, row, stack, MAX_CORRIDOR_SEGMENT_M } from './plan-layout';

describe('plan layout', () => {
  const rect = { x0: 0, y0: 0, x1: 70, y1: 20 };

  it('splits a rectangle in proportion to the parts, sharing edges exactly', () => {
    const placed = place(
      stack(
        [7, row(...repeat(3, 1, (i) => room('patient-room', `P${i}`, 'W')))],
        [13, room('office', 'O', 'W')],
      ),
      rect,
    );
    expect(placed.map((p) => p.rect)).toEqual([
      { x0: 0, y0: 0, x1: 23.33, y1: 7 },
      { x0: 23.33, y0: 0, x1: 46.67, y1: 7 },
      { x0: 46.67, y0: 0, x1: 70, y1: 7 },
      { x0: 0, y0: 7, x1: 70, y1: 20 },
    ]);
  });

  it(`cuts corridor runs into equal segments of at most ${MAX_CORRIDOR_SEGMENT_M} m`, () => {
    const placed = place(row([70, corridor('3E', 'W')]), { x0: 0, y0: 0, x1: 70, y1: 2.6 });
    expect(placed.map((p) => [p.rect.x0, p.rect.x1])).toEqual([
      [0, 23.33],
      [23.33, 46.67],
      [46.67, 70],
    ]);
  });

  it('mirrors a tree east to west', () => {
    const tree = row([1, room('stair', 'S', 'F')], [3, room('office', 'O', 'F')]);
    expect(
      place(mirror(tree), { x0: 0, y0: 0, x1: 4, y1: 1 }).map((p) => [
        p.leaf.kind === 'room' && p.leaf.name,
        p.rect.x0,
      ]),
    ).toEqual([
      ['O', 0],
      ['S', 3],
    ]);
  });
});
