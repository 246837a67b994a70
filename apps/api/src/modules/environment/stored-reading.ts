/** A telemetry reading with its tag resolved, as the writers store it. */
export interface StoredReading {
  tagId: string;
  at: number;
  temperatureC: number | null;
  humidityPct: number | null;
  powerW: number | null;
  powerOn: boolean | null;
}
