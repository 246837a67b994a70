import type { GatewayDto, RegisterGatewayResponse } from '@wardwatch/contracts';
import type { DemoGateway } from '@wardwatch/demo-hospital';
import { distance } from '../world/geometry';
import { AdminApiError, type AdminApi } from './admin-api';
import { forEachLimited } from './limited-concurrency';

export interface ProvisionProgress {
  done: number;
  total: number;
  registered: number;
  rekeyed: number;
  failed: number;
}

export interface ProvisionedKeys {
  /** Ingest key by gateway MAC; kept in memory only. */
  keys: Map<string, string>;
  registered: number;
  rekeyed: number;
  /** Registered by an earlier run at another place than this run simulates them. */
  misplaced: number;
}

/** Some extra gateways could not be registered or keyed; `reasons` counts gateways per reason. */
export class ProvisionError extends Error {
  constructor(
    readonly failed: number,
    readonly reasons: ReadonlyMap<string, number>,
  ) {
    const listed = [...reasons].slice(0, 5).map(([reason, count]) => `  ${count} × ${reason}`);
    super([`${failed} extra gateway(s) could not be set up:`, ...listed].join('\n'));
    this.name = 'ProvisionError';
  }
}

/** Placement differences below this are rounding, not a different place. */
const SAME_PLACE_M = 0.05;

/**
 * Makes the API know every extra gateway and hands back their ingest keys: a gateway the API does not have
 * yet is registered (in the room of the demo's gateway there, whose floor and room ids the API's gateway
 * list gives), one it has from an earlier run gets a new key. `concurrency` calls at a time.
 */
export async function provisionExtraGateways(
  api: AdminApi,
  demoGateways: readonly DemoGateway[],
  extras: readonly DemoGateway[],
  concurrency: number,
  onProgress: (progress: ProvisionProgress) => void,
): Promise<ProvisionedKeys> {
  const known = await api.listGateways();
  const byMac = new Map(known.map((gateway) => [gateway.mac.toUpperCase(), gateway]));
  const places = serverPlaces(demoGateways, byMac);
  const result: ProvisionedKeys = { keys: new Map(), registered: 0, rekeyed: 0, misplaced: 0 };
  const reasons = new Map<string, number>();
  const progress: ProvisionProgress = { done: 0, total: extras.length, registered: 0, rekeyed: 0, failed: 0 };
  await forEachLimited(extras, concurrency, async (gateway) => {
    try {
      const existing = byMac.get(gateway.mac);
      const outcome =
        existing === undefined
          ? await register(api, gateway, places.get(gateway.roomKey))
          : { answer: await api.rekeyGateway(existing.id), registered: false };
      if (outcome.registered) {
        result.registered++;
      } else {
        result.rekeyed++;
      }
      if (!samePlace(outcome.answer.gateway, gateway, places.get(gateway.roomKey))) {
        result.misplaced++;
      }
      result.keys.set(gateway.mac, outcome.answer.ingestKey);
    } catch (error) {
      // One line per kind of failure, not per gateway: the gateway's id is left out.
      const reason = (error instanceof Error ? error.message : String(error)).replace(
        /\/gateways\/[^/\s]+\/key/g,
        '/gateways/:id/key',
      );
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      progress.failed++;
    }
    progress.done++;
    progress.registered = result.registered;
    progress.rekeyed = result.rekeyed;
    onProgress({ ...progress });
  });
  if (progress.failed > 0) {
    throw new ProvisionError(progress.failed, reasons);
  }
  return result;
}

interface ServerPlace {
  floorId: string;
  roomId: string;
}

/** The API's floor and room ids of each demo room, read off the demo gateway mounted in it. */
function serverPlaces(
  demoGateways: readonly DemoGateway[],
  byMac: ReadonlyMap<string, GatewayDto>,
): Map<string, ServerPlace> {
  const places = new Map<string, ServerPlace>();
  for (const gateway of demoGateways) {
    const known = byMac.get(gateway.mac);
    if (known !== undefined && known.roomId !== null && !places.has(gateway.roomKey)) {
      places.set(gateway.roomKey, { floorId: known.floorId, roomId: known.roomId });
    }
  }
  return places;
}

/** Registers the gateway; when another run registered it meanwhile (409), finds it and re-keys it. */
async function register(
  api: AdminApi,
  gateway: DemoGateway,
  place: ServerPlace | undefined,
): Promise<{ answer: RegisterGatewayResponse; registered: boolean }> {
  if (place === undefined) {
    throw new Error(`the API has no demo gateway in room ${gateway.roomKey}; is the demo hospital seeded?`);
  }
  try {
    const answer = await api.registerGateway({
      mac: gateway.mac,
      name: gateway.name,
      floorId: place.floorId,
      roomId: place.roomId,
      point: [gateway.point[0], gateway.point[1]],
    });
    return { answer, registered: true };
  } catch (error) {
    if (!(error instanceof AdminApiError) || error.status !== 409) {
      throw error;
    }
    const found = (await api.listGateways(place.floorId)).find((g) => g.mac.toUpperCase() === gateway.mac);
    if (found === undefined) {
      throw error;
    }
    return { answer: await api.rekeyGateway(found.id), registered: false };
  }
}

function samePlace(existing: GatewayDto, gateway: DemoGateway, place: ServerPlace | undefined): boolean {
  return (
    (place === undefined || (existing.floorId === place.floorId && existing.roomId === place.roomId)) &&
    distance(existing.point, gateway.point) < SAME_PLACE_M
  );
}
