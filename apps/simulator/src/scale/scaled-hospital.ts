import type { DemoGateway, DemoHospital } from '@wardwatch/demo-hospital';
import { generateExtraTags } from './extra-tags';
import { planExtraGateways } from './extra-gateways';

export interface ScaleRequest {
  /** Tags wanted in all (null: the demo's); more than the demo has adds extra tags. */
  tags: number | null;
  /** Gateways wanted in all (null: the demo's); more than the demo has adds extra gateways. */
  gateways: number | null;
  seed: string;
}

export interface ScaledHospital {
  /** The demo hospital with the extra tags, their equipment and the extra gateways appended. */
  hospital: DemoHospital;
  /** The appended gateways: the API must know them (and give their keys) before they can post. */
  extraGateways: DemoGateway[];
  extraTags: number;
  /** Equipment the demo has (the rest are carriers of extra tags). */
  demoAssets: number;
}

/** The demo hospital grown to the requested numbers of tags and gateways (never shrunk: that is a subset). */
export function scaleHospital(demo: DemoHospital, request: ScaleRequest): ScaledHospital {
  const extraTagCount = Math.max(0, (request.tags ?? 0) - demo.tags.length);
  const extraGatewayCount = Math.max(0, (request.gateways ?? 0) - demo.gateways.length);
  const extraTags = generateExtraTags(demo, extraTagCount, request.seed);
  const extraGateways = planExtraGateways(demo, extraGatewayCount);
  return {
    hospital: {
      ...demo,
      assets: [...demo.assets, ...extraTags.assets],
      tags: [...demo.tags, ...extraTags.tags],
      gateways: [...demo.gateways, ...extraGateways],
    },
    extraGateways,
    extraTags: extraTagCount,
    demoAssets: demo.assets.length,
  };
}
