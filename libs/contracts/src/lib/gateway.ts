import type { PlanPoint } from './geometry';

export interface GatewayDto {
  id: string;
  mac: string;
  name: string;
  floorId: string;
  roomId: string | null;
  point: PlanPoint;
  lastHeardAt: string | null;
  createdAt: string;
}

export interface RegisterGatewayRequest {
  mac: string;
  name: string;
  floorId: string;
  point: PlanPoint;
  /** Optional: the room the gateway is mounted in; found from the point when left out. */
  roomId?: string;
}

/** The ingest key is shown here once and never again; Wardwatch keeps only its hash. */
export interface RegisterGatewayResponse {
  gateway: GatewayDto;
  ingestKey: string;
}

/** `PATCH /api/v1/gateways/:id`: the gateway was moved; its room is found again from the point. */
export interface MoveGatewayRequest {
  floorId?: string;
  point: PlanPoint;
}
