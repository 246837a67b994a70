import type { MigrationInterface } from 'typeorm';

import { FoundationSchema1795230539062 } from './1795230539062-foundation-schema';
import { LocationPipeline1795231510383 } from './1795231510383-location-pipeline';
import { AlertsAndAssetAudit1795238894077 } from './1795238894077-alerts-and-asset-audit';
import { EnvironmentMonitoring1795243040154 } from './1795243040154-environment-monitoring';
import { AlertConditionCleared1795243165605 } from './1795243165605-alert-condition-cleared';
import { TelemetryPowerAndIdempotence1795243300000 } from './1795243300000-telemetry-power-and-idempotence';
import { ComplianceDays1795243431542 } from './1795243431542-compliance-days';
import { TelemetryRollups1795243567314 } from './1795243567314-telemetry-rollups';
import { AlertEscalationAndWebhooks1795243806209 } from './1795243806209-alert-escalation-and-webhooks';
import { AssetPlugs1795244060286 } from './1795244060286-asset-plugs';
import { TelemetryBatches1795249963689 } from './1795249963689-telemetry-batches';
import { TemporaryOverrideEnd1795249986389 } from './1795249986389-temporary-override-end';
import { TelemetryRollupPending1795252064000 } from './1795252064000-telemetry-rollup-pending';
import { TelemetryRollupDeltas1795257600000 } from './1795257600000-telemetry-rollup-deltas';

/** Every migration in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  FoundationSchema1795230539062,
  LocationPipeline1795231510383,
  AlertsAndAssetAudit1795238894077,
  EnvironmentMonitoring1795243040154,
  AlertConditionCleared1795243165605,
  TelemetryPowerAndIdempotence1795243300000,
  ComplianceDays1795243431542,
  TelemetryRollups1795243567314,
  AlertEscalationAndWebhooks1795243806209,
  AssetPlugs1795244060286,
  TelemetryBatches1795249963689,
  TemporaryOverrideEnd1795249986389,
  TelemetryRollupPending1795252064000,
  TelemetryRollupDeltas1795257600000,
];
