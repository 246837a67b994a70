import { CONDITION_STYLES } from '../../environment/unit-condition/condition-style';
import { WALL_COLOUR } from '../space-class-style';
import { roomPathStyle, SELECTED_ROOM_COLOUR } from './room-path-style';

const FILL = '#8fd3c1';

describe('roomPathStyle', () => {
  it('draws a room that is not monitored in its space-class fill with thin walls', () => {
    expect(roomPathStyle(FILL, null, false)).toEqual({
      color: WALL_COLOUR,
      weight: 1,
      fillColor: FILL,
      dashArray: undefined,
    });
  });

  it('draws a room in alert striped, with a heavy outline', () => {
    expect(roomPathStyle(FILL, 'alert', false)).toEqual({
      color: CONDITION_STYLES.alert.stroke,
      weight: CONDITION_STYLES.alert.weight,
      fillColor: 'url(#ww-condition-alert)',
      dashArray: undefined,
    });
  });

  it('draws a room without data dotted, with a dashed outline; one in range keeps its fill', () => {
    expect(roomPathStyle(FILL, 'no-data', false)).toEqual(
      expect.objectContaining({ fillColor: 'url(#ww-condition-no-data)', dashArray: '6 4' }),
    );
    expect(roomPathStyle(FILL, 'ok', false)).toEqual(
      expect.objectContaining({ fillColor: FILL, color: CONDITION_STYLES.ok.stroke }),
    );
  });

  it('outlines the selected room in blue, keeping its condition fill', () => {
    expect(roomPathStyle(FILL, null, true)).toEqual(
      expect.objectContaining({ color: SELECTED_ROOM_COLOUR, weight: 3, fillColor: FILL }),
    );
    expect(roomPathStyle(FILL, 'alert', true)).toEqual({
      color: SELECTED_ROOM_COLOUR,
      weight: CONDITION_STYLES.alert.weight,
      fillColor: 'url(#ww-condition-alert)',
      dashArray: undefined,
    });
  });
});
