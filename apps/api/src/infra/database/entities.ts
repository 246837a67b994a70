import { AlertEventEntity } from '../../modules/alerts/entities/alert-event.entity';
import { AlertEntity } from '../../modules/alerts/entities/alert.entity';
import { WebhookDeliveryEntity } from '../../modules/alerts/entities/webhook-delivery.entity';
import { WebhookEntity } from '../../modules/alerts/entities/webhook.entity';
import { AssetAuditEntity } from '../../modules/assets/entities/asset-audit.entity';
import { AssetCategoryEntity } from '../../modules/assets/entities/asset-category.entity';
import { AssetEntity } from '../../modules/assets/entities/asset.entity';
import { AssetPlugEntity } from '../../modules/environment/entities/asset-plug.entity';
import { ComplianceDayEntity } from '../../modules/environment/entities/compliance-day.entity';
import {
  TelemetryHourEntity,
  TelemetryMinuteEntity,
} from '../../modules/environment/entities/telemetry-rollup.entity';
import { MonitoredUnitEntity } from '../../modules/environment/entities/monitored-unit.entity';
import { SiteProfileOverrideEntity } from '../../modules/environment/entities/site-profile-override.entity';
import { TemporaryOverrideEntity } from '../../modules/environment/entities/temporary-override.entity';
import { UnitSensorEntity } from '../../modules/environment/entities/unit-sensor.entity';
import { GatewayEntity } from '../../modules/gateways/entities/gateway.entity';
import { BuildingEntity } from '../../modules/hospital/entities/building.entity';
import { FloorEntity } from '../../modules/hospital/entities/floor.entity';
import { RoomEntity } from '../../modules/hospital/entities/room.entity';
import { SiteEntity } from '../../modules/hospital/entities/site.entity';
import { TagMovementEntity } from '../../modules/location/entities/tag-movement.entity';
import { TagPositionEntity } from '../../modules/location/entities/tag-position.entity';
import { TagEntity } from '../../modules/tags/entities/tag.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';

/** Every entity, listed once: the app, the CLI and the drift test share this list. */
export const ENTITIES = [
  SiteEntity,
  BuildingEntity,
  FloorEntity,
  RoomEntity,
  GatewayEntity,
  TagEntity,
  AssetCategoryEntity,
  AssetEntity,
  UserEntity,
  TagPositionEntity,
  TagMovementEntity,
  AssetAuditEntity,
  AlertEntity,
  AlertEventEntity,
  MonitoredUnitEntity,
  UnitSensorEntity,
  SiteProfileOverrideEntity,
  TemporaryOverrideEntity,
  ComplianceDayEntity,
  TelemetryMinuteEntity,
  TelemetryHourEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  AssetPlugEntity,
];
