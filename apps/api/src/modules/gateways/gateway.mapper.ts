import type { GatewayDto } from '@wardwatch/contracts';

import type { GatewayEntity } from './entities/gateway.entity';

export const toGatewayDto = (g: GatewayEntity): GatewayDto => ({
  id: g.id,
  mac: g.mac,
  name: g.name,
  floorId: g.floorId,
  roomId: g.roomId,
  point: [g.x, g.y],
  lastHeardAt: g.lastHeardAt?.toISOString() ?? null,
  createdAt: g.createdAt.toISOString(),
});
