import type { Random } from '../random/seeded-random';
import { errorReason, rejectedSightings } from './ingest-response';
import type { PostBatch } from './post-batch';
import type { SendStats } from './send-stats';

/** One gateway's batch, ready to post. */
export interface Delivery {
  gatewayMac: string;
  url: string;
  authorization: string;
  /** Writes the body; called only when the batch is first posted (a batch dropped unsent costs nothing). */
  body: () => string | Buffer;
  sightings: number;
  createdMs: number;
}

/** What the sender tells the operator about, each at most once per occurrence. */
export interface SenderEvents {
  /** A 4xx answer; the caller decides how often to print it (once per gateway). */
  clientError(gatewayMac: string, reason: string): void;
  /** A network failure (or 5xx) while things were fine; at most once per `troubleNoticeEveryMs`. */
  trouble(message: string): void;
  /** A run of `recoveryAfterSuccesses` successes after announced trouble. */
  recovered(): void;
  /** An accepted batch came back with sightings refused. */
  rejected(gatewayMac: string, count: number, reason: string | null): void;
}

export interface SenderOptions {
  maxInFlight: number;
  /** Batches waiting (for a free slot or to be retried) beyond this push out the oldest or are not retried. */
  maxQueued: number;
  maxAttempts: number;
  /** A batch older than this is not retried any more. */
  maxAgeMs: number;
  firstBackoffMs: number;
  maxBackoffMs: number;
  timeoutMs: number;
  troubleNoticeEveryMs: number;
  recoveryAfterSuccesses: number;
}

export const DEFAULT_SENDER_OPTIONS: SenderOptions = {
  maxInFlight: 64,
  maxQueued: 2000,
  maxAttempts: 4,
  maxAgeMs: 20_000,
  firstBackoffMs: 500,
  maxBackoffMs: 8000,
  timeoutMs: 10_000,
  troubleNoticeEveryMs: 30_000,
  recoveryAfterSuccesses: 20,
};

interface Job {
  delivery: Delivery;
  attempts: number;
  /** The body, once written (retries send the same bytes). */
  body?: string | Buffer;
}

/**
 * Posts batches with at most `maxInFlight` requests open. Network errors and 5xx are retried with
 * exponential backoff and jitter (the API may still be starting); 4xx never are.
 */
export class HttpSender {
  private readonly queue: Job[] = [];
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly settled = new Set<() => void>();
  private active = 0;
  private closed = false;
  private troubleAnnounced = false;
  private lastTroubleNoticeMs = -Infinity;
  private successesSinceTrouble = 0;

  constructor(
    private readonly post: PostBatch,
    private readonly stats: SendStats,
    private readonly events: SenderEvents,
    private readonly random: Random,
    private readonly options: SenderOptions = DEFAULT_SENDER_OPTIONS,
    private readonly now: () => number = Date.now,
  ) {}

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.queue.length;
  }

  get waitingToRetry(): number {
    return this.retryTimers.size;
  }

  submit(delivery: Delivery): void {
    if (this.closed) {
      this.stats.recordDropped();
      return;
    }
    this.enqueue({ delivery, attempts: 0 });
  }

  /**
   * Stops taking batches, gives up on queued ones and pending retries, and waits (up to `timeoutMs`) for the
   * requests in flight to finish. Resolves to how many were still in flight when it gave up waiting.
   */
  async close(timeoutMs: number): Promise<number> {
    this.closed = true;
    this.stats.recordDropped(this.queue.length + this.retryTimers.size);
    this.queue.length = 0;
    this.retryTimers.forEach((timer) => clearTimeout(timer));
    this.retryTimers.clear();
    const deadline = this.now() + timeoutMs;
    while (this.active > 0 && this.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - this.now()));
        this.settled.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.active;
  }

  private enqueue(job: Job): void {
    if (this.queue.length >= this.options.maxQueued) {
      this.queue.shift();
      this.stats.recordDropped();
    }
    this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.active < this.options.maxInFlight && this.queue.length > 0) {
      const job = this.queue.shift() as Job;
      this.active++;
      void this.attempt(job).finally(() => {
        this.active--;
        this.settled.forEach((notify) => notify());
        this.settled.clear();
        this.pump();
      });
    }
  }

  private async attempt(job: Job): Promise<void> {
    const { delivery } = job;
    job.attempts++;
    const startedMs = this.now();
    this.stats.recordPostSent(delivery.sightings);
    const result = await this.post(
      delivery.url,
      delivery.authorization,
      (job.body ??= delivery.body()),
      this.options.timeoutMs,
    );
    if (result.kind === 'network-error') {
      this.stats.recordNetworkError();
      this.noteTrouble(`POST ${delivery.url} failed: ${result.message}`);
      this.retryOrDrop(job);
      return;
    }
    this.stats.recordResponse(result.status, this.now() - startedMs, delivery.sightings);
    if (result.status >= 500) {
      this.noteTrouble(`POST ${delivery.url}: ${errorReason(result.status, result.text)}`);
      this.retryOrDrop(job);
      return;
    }
    this.noteSuccess();
    if (result.status >= 400) {
      this.events.clientError(delivery.gatewayMac, errorReason(result.status, result.text));
      return;
    }
    const rejected = rejectedSightings(result.text);
    if (rejected.count > 0) {
      this.stats.recordRejectedSightings(rejected.count);
      this.events.rejected(delivery.gatewayMac, rejected.count, rejected.firstReason);
    }
  }

  private noteTrouble(message: string): void {
    this.successesSinceTrouble = 0;
    const nowMs = this.now();
    if (!this.troubleAnnounced && nowMs - this.lastTroubleNoticeMs >= this.options.troubleNoticeEveryMs) {
      this.troubleAnnounced = true;
      this.lastTroubleNoticeMs = nowMs;
      this.events.trouble(message);
    }
  }

  private noteSuccess(): void {
    if (this.troubleAnnounced && ++this.successesSinceTrouble >= this.options.recoveryAfterSuccesses) {
      this.troubleAnnounced = false;
      this.events.recovered();
    }
  }

  private retryOrDrop(job: Job): void {
    const backoffMs = this.backoffMs(job.attempts);
    const ageMs = this.now() - job.delivery.createdMs;
    const backlog = this.queue.length + this.retryTimers.size;
    if (
      this.closed ||
      job.attempts >= this.options.maxAttempts ||
      ageMs + backoffMs > this.options.maxAgeMs ||
      backlog >= this.options.maxQueued
    ) {
      this.stats.recordDropped();
      return;
    }
    this.stats.recordRetry();
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.enqueue(job);
    }, backoffMs);
    this.retryTimers.add(timer);
  }

  /** 0.5 s, 1 s, 2 s… capped, with ±25 % jitter so retries from many gateways do not arrive in step. */
  private backoffMs(attempts: number): number {
    const base = Math.min(this.options.maxBackoffMs, this.options.firstBackoffMs * 2 ** (attempts - 1));
    return Math.round(base * this.random.range(0.75, 1.25));
  }
}
