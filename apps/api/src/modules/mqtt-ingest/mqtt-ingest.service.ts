import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { batchDedupKey, canonicalJson, GatewaySighting, parseRuuviGatewayMqtt } from '@wardwatch/ble';
import { Queue } from 'bullmq';
import { connect, type IPublishPacket, type MqttClient } from 'mqtt';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { ProcessSightingsPayload, QUEUES } from '../../infra/queue/queues';

/** Ruuvi Gateway MQTT topics; a shared subscription so that several workers split the messages. */
export const RUUVI_TOPIC = '$share/wardwatch/ruuvi/+/+';
const FLUSH_MS = 200;
const GATEWAY_CACHE_MS = 30_000;

interface Held {
  gatewayMac: string;
  sightings: GatewaySighting[];
  /** Acknowledge (PUBACK) only once the batch is durable. */
  acks: (() => void)[];
  bodies: string[];
}

/**
 * Takes Ruuvi Gateway MQTT messages (one sighting each) when MQTT_URL is set, groups them per gateway for
 * FLUSH_MS, and enqueues them exactly like HTTP batches. A message is acknowledged only after its batch is
 * a durable job, so the broker redelivers what a crash lost; a redelivered sighting changes nothing (the
 * engine ignores samples it has seen; readings are kept per measurement).
 */
@Injectable()
export class MqttIngestService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MqttIngestService.name);
  private client: MqttClient | null = null;
  private held = new Map<string, Held>();
  private timer: NodeJS.Timeout | null = null;
  private gateways = new Map<string, string>();
  private gatewaysLoadedAt = 0;
  private refused = 0;

  constructor(
    @InjectQueue(QUEUES.ingest) private readonly queue: Queue,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const url = this.config.ingest.mqttUrl;
    if (!url) {
      return;
    }
    this.client = connect(url, {
      protocolVersion: 5,
      clientId: `wardwatch-worker-${hostname()}-${process.pid}`,
      clean: true,
      reconnectPeriod: 2000,
    });
    this.client.handleMessage = (packet: IPublishPacket, done: () => void) => this.receive(packet, done);
    this.client.on('connect', () => {
      this.client?.subscribe(RUUVI_TOPIC, { qos: 1 }, (error) => {
        if (error) {
          this.logger.error({ err: error }, 'MQTT subscribe failed');
        } else {
          this.logger.log({ topic: RUUVI_TOPIC }, 'taking Ruuvi Gateway MQTT messages');
        }
      });
    });
    this.client.on('error', (error) => this.logger.warn({ err: error.message }, 'MQTT error'));
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.flush();
    await this.client?.endAsync();
  }

  private receive(packet: IPublishPacket, done: () => void): void {
    void this.accept(packet, done).catch((error: unknown) => {
      // Not acknowledged: the broker will deliver it again.
      this.logger.error({ err: error }, 'MQTT message not taken');
    });
  }

  private async accept(packet: IPublishPacket, done: () => void): Promise<void> {
    let payload: unknown;
    try {
      payload = JSON.parse(packet.payload.toString());
    } catch {
      this.refuse(packet.topic, ['payload is not valid JSON'], done);
      return;
    }
    const result = parseRuuviGatewayMqtt(packet.topic, payload, Date.now());
    if (!result.ok) {
      this.refuse(packet.topic, result.errors, done);
      return;
    }
    const gatewayId = await this.gatewayId(result.batch.gatewayMac);
    if (!gatewayId) {
      this.refuse(packet.topic, [`gateway ${result.batch.gatewayMac} is not registered`], done);
      return;
    }
    if (result.batch.sightings.length === 0) {
      this.refuse(
        packet.topic,
        result.batch.rejected.map((r) => r.reason),
        done,
      );
      return;
    }
    let held = this.held.get(gatewayId);
    if (!held) {
      held = { gatewayMac: result.batch.gatewayMac, sightings: [], acks: [], bodies: [] };
      this.held.set(gatewayId, held);
    }
    held.sightings.push(...result.batch.sightings);
    held.acks.push(done);
    held.bodies.push(canonicalJson(payload));
  }

  /** Malformed messages cannot be answered with a 4xx: they are logged (sparingly), acknowledged and dropped. */
  private refuse(topic: string, reasons: string[], done: () => void): void {
    this.refused++;
    if (this.refused <= 10 || this.refused % 1000 === 0) {
      this.logger.warn({ topic, reasons, refusedSoFar: this.refused }, 'MQTT message refused');
    }
    done();
  }

  private async flush(): Promise<void> {
    const held = this.held;
    this.held = new Map();
    for (const [gatewayId, h] of held) {
      const { gatewayMac } = h;
      const payload: ProcessSightingsPayload = {
        gatewayId,
        gatewayMac,
        format: 'ruuvi-mqtt',
        receivedAt: Date.now(),
        sightings: h.sightings,
      };
      const batch = {
        gatewayMac,
        sentAt: payload.receivedAt,
        sequence: null,
        sightings: h.sightings,
        rejected: [],
      };
      try {
        await this.queue.add('process-sightings', payload, {
          jobId: randomUUID(),
          deduplication: {
            id: batchDedupKey(batch, 'ruuvi-mqtt', h.bodies.join('\n')),
            ttl: this.config.ingest.dedupTtlS * 1000,
          },
        });
        h.acks.forEach((ack) => ack());
      } catch (error) {
        this.logger.error(
          { err: error, gatewayId },
          'could not enqueue MQTT sightings; they will be redelivered',
        );
      }
    }
  }

  private async gatewayId(mac: string): Promise<string | undefined> {
    if (!this.gateways.has(mac) && Date.now() - this.gatewaysLoadedAt > 2000) {
      await this.loadGateways();
    } else if (Date.now() - this.gatewaysLoadedAt > GATEWAY_CACHE_MS) {
      await this.loadGateways();
    }
    return this.gateways.get(mac);
  }

  private async loadGateways(): Promise<void> {
    this.gatewaysLoadedAt = Date.now();
    const rows: { id: string; mac: string }[] = await this.db.query('SELECT id, mac FROM gateway');
    this.gateways = new Map(rows.map((r) => [r.mac, r.id]));
  }
}
