// The load generator process (bundled by run.mjs with esbuild, forked with IPC). It plays the gateways of
// the traffic model against one URL, open-loop at a target rate (each gateway posts once a second, spread
// evenly over the second, whatever the answers) or closed-loop (a fixed number of requests in flight, as
// fast as they come back), and reports cumulative counters every second and latency percentiles at the end.
import http from 'node:http';

import { type BenchGateway, MOVING_TAG_PREFIX, TrafficModel, type TrafficOptions } from './traffic-model';

interface InitMessage extends TrafficOptions {
  type: 'init';
  gateways: BenchGateway[];
  sequenceBase: number;
}

interface RunMessage {
  type: 'run';
  id: string;
  mode: 'open' | 'closed';
  url: string;
  rate: number;
  durationS: number;
  /** closed: requests in flight; open: sockets (requests beyond wait for one). */
  concurrency: number;
  /** open: beyond this many requests waiting or in flight, a due post is dropped (counted). */
  maxPending: number;
  moveTags: boolean;
}

type Message = InitMessage | RunMessage | { type: 'stop' };

const REQUEST_TIMEOUT_MS = 30_000;
const FINISH_WAIT_MS = 35_000;

function newStats() {
  return {
    postsDue: 0,
    postsSent: 0,
    sightingsSent: 0,
    postsDropped: 0,
    responses2xx: 0,
    acceptedSightings: 0,
    rejectedSightings: 0,
    duplicates: 0,
    status4xx: 0,
    status5xx: 0,
    networkErrors: 0,
    connectionResetsRetried: 0,
    inFlight: 0,
    moves: 0,
    elapsedMs: 0,
  };
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) {
    return null;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

class Run {
  readonly stats = newStats();
  private readonly latencies: number[] = [];
  private readonly errors: string[] = [];
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;
  private readonly path: string;
  private readonly startedAt = performance.now();
  private nextGateway = 0;
  private stopped = false;
  private lastAdvance = 0;
  private readonly movesBefore: number;

  constructor(
    private readonly model: TrafficModel,
    private readonly sequences: number[],
    private readonly command: RunMessage,
  ) {
    const url = new URL(command.url);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.path = url.pathname;
    // FIFO reuse keeps every connection busy, so none sits idle into the server's keep-alive timeout.
    this.agent = new http.Agent({ keepAlive: true, maxSockets: command.concurrency, scheduling: 'fifo' });
    model.setRate(command.rate);
    model.resetMoves();
    this.movesBefore = model.moves;
  }

  async execute(): Promise<void> {
    const report = setInterval(() => this.send('stats'), 1000);
    const deadline = this.startedAt + this.command.durationS * 1000;
    if (this.command.mode === 'open') {
      await this.openLoop(deadline);
    } else {
      await this.closedLoop(deadline);
    }
    this.stats.elapsedMs = performance.now() - this.startedAt;
    const waitUntil = Date.now() + FINISH_WAIT_MS;
    while (this.stats.inFlight > 0 && Date.now() < waitUntil) {
      await new Promise((r) => setTimeout(r, 20));
    }
    clearInterval(report);
    this.agent.destroy();
    this.send('done');
  }

  stop(): void {
    this.stopped = true;
  }

  private send(type: 'stats' | 'done'): void {
    const message: Record<string, unknown> = {
      type,
      id: this.command.id,
      atMs: performance.now() - this.startedAt,
      stats: this.stats,
    };
    if (type === 'done') {
      const sorted = Float64Array.from(this.latencies).sort();
      message['latency'] = {
        count: sorted.length,
        p50: percentile(sorted, 0.5),
        p90: percentile(sorted, 0.9),
        p99: percentile(sorted, 0.99),
        max: sorted.length ? sorted[sorted.length - 1] : null,
      };
      message['errors'] = this.errors;
    }
    process.send?.(message);
  }

  private moveTags(): void {
    const now = Date.now();
    if (this.command.moveTags && now - this.lastAdvance >= 100) {
      this.lastAdvance = now;
      this.model.advance(now);
      this.stats.moves = this.model.moves - this.movesBefore;
    }
  }

  /** Every gateway posts once a second at its own offset in the second; due posts go out whatever happens. */
  private openLoop(deadline: number): Promise<void> {
    const postsPerSecond = this.model.gateways.length;
    return new Promise((resolve) => {
      const tick = (): void => {
        const now = performance.now();
        if (now >= deadline || this.stopped) {
          resolve();
          return;
        }
        this.moveTags();
        const due = Math.floor(((now - this.startedAt) * postsPerSecond) / 1000);
        while (this.stats.postsDue < due) {
          this.stats.postsDue += 1;
          const g = this.takeGateway();
          if (this.stats.inFlight >= this.command.maxPending) {
            this.stats.postsDropped += 1;
          } else {
            this.post(g);
          }
        }
        setTimeout(tick, 1);
      };
      tick();
    });
  }

  /** `concurrency` requests in flight; each answer sends the next gateway's batch. */
  private closedLoop(deadline: number): Promise<void> {
    return new Promise((resolve) => {
      const next = (): void => {
        if (performance.now() >= deadline || this.stopped) {
          if (this.stats.inFlight === 0) {
            resolve();
          }
          return;
        }
        this.moveTags();
        this.stats.postsDue += 1;
        this.post(this.takeGateway(), next);
      };
      for (let i = 0; i < this.command.concurrency; i++) {
        next();
      }
    });
  }

  private takeGateway(): number {
    const g = this.nextGateway;
    this.nextGateway = (g + 1) % this.model.gateways.length;
    return g;
  }

  private post(g: number, then?: () => void): void {
    const gateway = this.model.gateways[g];
    const { body, sightings } = this.model.body(g, Date.now(), this.sequences[g]);
    if (sightings === 0) {
      // A gateway that heard nothing this second has nothing to send.
      if (then) {
        setImmediate(then);
      }
      return;
    }
    this.sequences[g] += 1;
    this.stats.postsSent += 1;
    this.stats.sightingsSent += sightings;
    this.stats.inFlight += 1;
    this.sendPost(gateway.authorization, body, performance.now(), true, () => {
      this.stats.inFlight -= 1;
      then?.();
    });
  }

  /**
   * One POST. A keep-alive connection the server closed just as it was reused fails with ECONNRESET before
   * any answer; that request is sent once more on a fresh connection (safe: the batch's sequence makes a
   * repeat a no-op) and counted as `connectionResetsRetried`, not as an error.
   */
  private sendPost(
    authorization: string,
    body: string,
    started: number,
    mayRetry: boolean,
    settle: () => void,
  ): void {
    const request = http.request(
      {
        agent: this.agent,
        host: this.host,
        port: this.port,
        path: this.path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length, authorization },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          this.record(response.statusCode ?? 0, text, performance.now() - started);
          settle();
        });
        response.on('error', () => {
          this.stats.networkErrors += 1;
          settle();
        });
      },
    );
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('timed out')));
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (mayRetry && request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        this.stats.connectionResetsRetried += 1;
        this.sendPost(authorization, body, started, false, settle);
        return;
      }
      this.stats.networkErrors += 1;
      this.note(`network: ${error.message}`);
      settle();
    });
    request.end(body);
  }

  private record(status: number, text: string, ms: number): void {
    if (status >= 200 && status < 300) {
      this.stats.responses2xx += 1;
      this.latencies.push(ms);
      try {
        const answer = JSON.parse(text) as { accepted?: number; rejected?: unknown[]; duplicate?: boolean };
        this.stats.acceptedSightings += answer.accepted ?? 0;
        this.stats.rejectedSightings += answer.rejected?.length ?? 0;
        this.stats.duplicates += answer.duplicate ? 1 : 0;
      } catch {
        this.note(`unreadable 2xx body: ${text.slice(0, 120)}`);
      }
    } else if (status >= 500) {
      this.stats.status5xx += 1;
      this.note(`${status}: ${text.slice(0, 200)}`);
    } else {
      this.stats.status4xx += 1;
      this.note(`${status}: ${text.slice(0, 200)}`);
    }
  }

  private note(message: string): void {
    if (this.errors.length < 10) {
      this.errors.push(message);
    }
  }
}

let model: TrafficModel | null = null;
let sequences: number[] = [];
let current: Run | null = null;

process.on('message', (message: Message) => {
  if (message.type === 'init') {
    model = new TrafficModel(message.gateways, message);
    sequences = message.gateways.map(() => message.sequenceBase);
    process.send?.({
      type: 'ready',
      tags: model.macs.length,
      movingTags: model.movingTags,
      movingPrefix: MOVING_TAG_PREFIX,
      gateways: message.gateways.length,
    });
  } else if (message.type === 'run' && model) {
    current = new Run(model, sequences, message);
    void current.execute().then(() => (current = null));
  } else if (message.type === 'stop') {
    current?.stop();
  }
});
process.on('disconnect', () => process.exit(0));
