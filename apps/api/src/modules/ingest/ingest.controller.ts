import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  canonicalJson,
  parseRuuviGatewayHttp,
  parseTelemetryBatch,
  parseWardwatchBatch,
} from '@wardwatch/ble';
import type { IngestAcceptedDto } from '@wardwatch/contracts';

import { Public } from '../../infra/auth/auth.decorators';
import { GatewayKeyGuard, type GatewayRequest } from './gateway-key.guard';
import { IngestService } from './ingest.service';

/**
 * Gateways post here with their own ingest key (not a user token). 202 means the batch is durable;
 * the body lists any sightings refused and why, the rest having been kept.
 */
@ApiTags('ingest')
@ApiBearerAuth()
@Public()
@UseGuards(GatewayKeyGuard)
@Controller('ingest')
export class IngestController {
  constructor(private readonly ingest: IngestService) {}

  @Post('ruuvi')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ruuvi Gateway HTTP format (timestamp and counter variants)' })
  @ApiBody({
    description:
      '{"data": {"gw_mac", "timestamp", "nonce", "coordinates", "tags": {MAC: {"rssi", "timestamp"|"counter", "data"}}}}',
  })
  ruuvi(@Req() req: GatewayRequest, @Body() body: unknown): Promise<IngestAcceptedDto> {
    return this.ingest.accept(
      req.gateway!,
      parseRuuviGatewayHttp(body, Date.now()),
      'ruuvi-http',
      canonicalJson(body),
    );
  }

  @Post('sightings')
  @HttpCode(202)
  @ApiOperation({
    summary: "Wardwatch's own batch format: gateway, sentAt, sequence, sightings[{tag, rssi, seenAt?, raw?}]",
  })
  @ApiBody({
    description:
      '{"gateway": "F2:A0:0C:00:00:01", "sentAt": "2026-11-21T10:00:00Z", "sequence": 42, "sightings": [{"tag": "C4:7A:11:00:00:01", "rssi": -67}]}',
  })
  sightings(@Req() req: GatewayRequest, @Body() body: unknown): Promise<IngestAcceptedDto> {
    return this.ingest.accept(req.gateway!, parseWardwatchBatch(body, Date.now()), 'wardwatch');
  }

  @Post('telemetry')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Readings from any sensor or smart plug, with explicit units (°F converted to °C): source, sentAt, sequence, readings[{sensor, at?, temperature?, humidity?, power?}]',
  })
  @ApiBody({
    description:
      '{"source": "F2:A0:0C:00:00:01", "sentAt": "2026-11-21T10:00:00Z", "sequence": 7, "readings": [{"sensor": "C4:7A:11:00:00:99", "temperature": {"value": 41.2, "unit": "°F"}, "humidity": {"value": 45, "unit": "%"}, "power": {"watts": 120.5, "on": true}}]}',
  })
  telemetry(@Req() req: GatewayRequest): Promise<IngestAcceptedDto> {
    const parsed = parseTelemetryBatch(req.body, Date.now());
    // The parsed JSON (up to 5,000 readings) is not needed past here, but the request would hold it until the
    // answer, after the batch's transaction: long enough for the garbage collector to copy it out of the
    // young generation. Let go of it now.
    req.body = undefined;
    return this.ingest.acceptTelemetry(req.gateway!, parsed);
  }
}
