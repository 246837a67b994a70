import type { PlanPoint } from '@wardwatch/contracts';
import type { DemoFloor, DemoGateway, DemoRoom } from './demo-hospital.types';
import { MAC_OUI, macAddress } from './mac-address';
import { round2 } from './plan-layout';

/** Corridors (and very long rooms) get a gateway about every 11 m along their length. */
const GATEWAY_SPACING_M = 11;
/** Rooms longer than this get more than one gateway. */
const LONG_ROOM_M = 20;

/**
 * A ceiling gateway in every room, at the room's centre; corridors and long rooms get a row of
 * them along their centre line. MACs count up from F2:A0:0C:00:00:01 in key order.
 */
export function generateGateways(floors: readonly DemoFloor[]): DemoGateway[] {
  const gateways = floors.flatMap((floor) => floor.rooms.flatMap((room) => roomGateways(floor, room)));
  const order = gateways.map((g) => g.key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const counter = new Map(order.map((key, i) => [key, i + 1]));
  return gateways.map((gateway) => ({
    ...gateway,
    mac: macAddress(MAC_OUI.gateway, counter.get(gateway.key) ?? 0),
  }));
}

function roomGateways(floor: DemoFloor, room: DemoRoom): DemoGateway[] {
  const xs = room.polygon.map(([x]) => x);
  const ys = room.polygon.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const alongX = x1 - x0 >= y1 - y0;
  const length = alongX ? x1 - x0 : y1 - y0;
  const count =
    room.spaceClass === 'corridor' || length > LONG_ROOM_M
      ? Math.max(1, Math.round(length / GATEWAY_SPACING_M))
      : 1;
  const label = floor.key.replace('/', '');
  return Array.from({ length: count }, (_, i): DemoGateway => {
    const t = (i + 0.5) / count;
    const point: PlanPoint = alongX
      ? [round2(x0 + t * (x1 - x0)), round2((y0 + y1) / 2)]
      : [round2((x0 + x1) / 2), round2(y0 + t * (y1 - y0))];
    const name =
      room.spaceClass === 'corridor'
        ? `GW ${label} ${room.name.replace(/^Corridor /, 'corridor ')} #${i + 1}`
        : `GW ${label}-${room.number}${count > 1 ? ` #${i + 1}` : ''}`;
    return { key: `${room.key}/gw-${i + 1}`, mac: '', name, floorKey: floor.key, roomKey: room.key, point };
  });
}
