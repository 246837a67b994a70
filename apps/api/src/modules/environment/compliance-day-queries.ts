// The queries ComplianceDaysService computes a unit-day from ($1 unit id, $2 day start, $3 day end). In a
// file of their own, without Nest, so that bench/telemetry times exactly these.

/** The day's temperature readings of the unit's sensors. */
export const DAY_READINGS = `SELECT x.recorded_at AS at, x.temperature_c AS c
  FROM unit_sensor s JOIN telemetry x ON x.tag_id = s.tag_id
  WHERE s.unit_id = $1 AND x.recorded_at >= $2 AND x.recorded_at < $3 AND x.temperature_c IS NOT NULL`;

/**
 * The unit's readings just before and after a day. Per sensor, the nearest reading through the
 * (tag_id, recorded_at) index, newest partition first, so the cost does not grow with the history kept
 * (a max() over a join read every earlier reading: seconds per unit-day over a year). Of several sensors
 * with a reading at the same instant, the first by tag id gives the temperature.
 */
export const EDGE_READINGS = `SELECT prev.at AS previous, prev.c AS "previousC", nxt.at AS next
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (
    SELECT p.at, p.c FROM unit_sensor s CROSS JOIN LATERAL (
      SELECT x.recorded_at AS at, x.temperature_c AS c FROM telemetry x
      WHERE x.tag_id = s.tag_id AND x.recorded_at < $2 AND x.temperature_c IS NOT NULL
      ORDER BY x.recorded_at DESC LIMIT 1) p
    WHERE s.unit_id = $1 ORDER BY p.at DESC, s.tag_id LIMIT 1) prev ON TRUE
  LEFT JOIN LATERAL (
    SELECT n.at FROM unit_sensor s CROSS JOIN LATERAL (
      SELECT x.recorded_at AS at FROM telemetry x
      WHERE x.tag_id = s.tag_id AND x.recorded_at >= $3 AND x.temperature_c IS NOT NULL
      ORDER BY x.recorded_at ASC LIMIT 1) n
    WHERE s.unit_id = $1 ORDER BY n.at LIMIT 1) nxt ON TRUE`;
