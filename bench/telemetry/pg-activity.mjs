// What PostgreSQL's sessions on the bench database are doing, sampled from pg_stat_activity every 200 ms:
// average active sessions per (backend type, wait event or "on CPU", statement), the usual way to see
// where a database's time goes without extensions.
const SAMPLE_MS = 200;

export class PgActivity {
  constructor(pool) {
    this.pool = pool;
    this.counts = new Map();
    this.samples = 0;
    this.timer = null;
    this.busy = false;
  }

  start() {
    this.timer = setInterval(() => void this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  async sample() {
    if (this.busy) {
      return;
    }
    this.busy = true;
    try {
      const { rows } = await this.pool.query(
        `SELECT backend_type,
                coalesce(wait_event_type || ': ' || wait_event, 'on CPU') AS wait,
                left(regexp_replace(regexp_replace(query, '\\s+', ' ', 'g'), '^\\s+', ''), 60) AS statement
         FROM pg_stat_activity
         WHERE state = 'active' AND pid <> pg_backend_pid()
           AND (datname = current_database() OR backend_type <> 'client backend' AND datname IS NULL)`,
      );
      this.samples += 1;
      for (const r of rows) {
        const key = `${r.backend_type}\t${r.wait}\t${r.backend_type === 'client backend' ? r.statement : ''}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      }
    } catch {
      // a missed sample
    } finally {
      this.busy = false;
    }
  }

  /** The top `limit` (backend, wait, statement) by average active sessions. */
  stop(limit = 12) {
    clearInterval(this.timer);
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    const top = [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, count]) => {
        const [backend, wait, statement] = key.split('\t');
        return { backend, wait, statement, activeSessions: count / Math.max(1, this.samples) };
      });
    return { samples: this.samples, meanActiveSessions: total / Math.max(1, this.samples), top };
  }
}
