import { demoGatewayKey, type DemoHospital } from '@wardwatch/demo-hospital';
import { polygonCentroid } from '@wardwatch/domain';

import { hashGatewayKey } from '../modules/gateways/gateway-key';
import { stableId } from './stable-id';

/** The demo hospital turned into table rows with stable ids (pure: no I/O). */
export function demoRows(hospital: DemoHospital, gatewayKeySecret: string) {
  const siteId = stableId('site', hospital.site.key);
  const floorIdByKey = new Map<string, string>();
  const roomIdByKey = new Map<string, string>();
  const buildings = hospital.buildings.map((b) => ({
    id: stableId('building', b.key),
    siteId,
    code: b.code,
    name: b.name,
  }));
  const floors = hospital.buildings.flatMap((b) =>
    b.floors.map((f) => {
      const id = stableId('floor', f.key);
      floorIdByKey.set(f.key, id);
      return {
        id,
        buildingId: stableId('building', b.key),
        name: f.name,
        level: f.level,
        outline: f.outline,
        widthM: f.widthM,
        heightM: f.heightM,
      };
    }),
  );
  const rooms = hospital.buildings.flatMap((b) =>
    b.floors.flatMap((f) =>
      f.rooms.map((r) => {
        const id = stableId('room', r.key);
        roomIdByKey.set(r.key, id);
        const [centroidX, centroidY] = polygonCentroid(r.polygon);
        return {
          id,
          floorId: floorIdByKey.get(f.key)!,
          number: r.number,
          name: r.name,
          spaceClass: r.spaceClass,
          department: r.department,
          polygon: r.polygon,
          centroidX,
          centroidY,
        };
      }),
    ),
  );
  const room = (key: string): string => {
    const id = roomIdByKey.get(key);
    if (!id) {
      throw new Error(`demo hospital refers to unknown room ${key}`);
    }
    return id;
  };
  const gateways = hospital.gateways.map((g) => ({
    id: stableId('gateway', g.key),
    mac: g.mac,
    name: g.name,
    floorId: floorIdByKey.get(g.floorKey)!,
    roomId: room(g.roomKey),
    x: g.point[0],
    y: g.point[1],
    keyHash: hashGatewayKey(demoGatewayKey(gatewayKeySecret, g.mac)),
  }));
  const tags = hospital.tags.map((t) => ({
    id: stableId('tag', t.mac),
    mac: t.mac,
    kind: t.kind,
    installedRoomId: t.installedRoomKey ? room(t.installedRoomKey) : null,
  }));
  const categories = hospital.categories.map((c) => ({
    id: stableId('category', c.code),
    code: c.code,
    name: c.name,
  }));
  const assets = hospital.assets.map((a) => ({
    id: stableId('asset', a.key),
    assetTag: a.assetTag,
    categoryId: stableId('category', a.categoryCode),
    manufacturer: a.manufacturer,
    model: a.model,
    serialNumber: a.serialNumber,
    udi: a.udi,
    homeDepartment: a.homeDepartment,
    homeRoomId: room(a.homeRoomKey),
    status: a.status,
    tagId: stableId('tag', a.tagMac),
  }));
  const site = { id: siteId, name: hospital.site.name, timezone: hospital.site.timezone };
  return { site, buildings, floors, rooms, gateways, tags, categories, assets };
}
