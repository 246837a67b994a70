import { Module } from '@nestjs/common';

import { QueueModule } from '../../infra/queue/queue.module';
import { MqttIngestService } from './mqtt-ingest.service';

/** Worker only: Ruuvi Gateway MQTT, active when MQTT_URL is set. */
@Module({ imports: [QueueModule], providers: [MqttIngestService] })
export class MqttIngestModule {}
