import { generateDemoHospital } from '@wardwatch/demo-hospital';
import type { SimulatorOptions } from './cli-options';
import { HospitalSimulation, type GatewayBatch } from './hospital-simulation';
import { ProblemReporter } from './problem-reporter';
import { formatProgressLine, formatSummary } from './progress';
import { createRandom } from './random/seeded-random';
import { gatewayEndpoints } from './transport/gateway-endpoint';
import { HttpSender } from './transport/http-sender';
import { fetchPostBatch } from './transport/post-batch';
import { buildRuuviGatewayBody } from './transport/ruuvi-gateway-body';
import { SendStats } from './transport/send-stats';

export interface ConsoleOutput {
  out(line: string): void;
  err(line: string): void;
}

const PROGRESS_EVERY_MS = 5000;
/** Gateways post in this many groups spread over each second. */
const SEND_SLOTS = 20;
/** More than this many seconds behind (laptop asleep, a long GC), ticks are skipped rather than replayed. */
const MAX_TICKS_BEHIND = 2;
const SHUTDOWN_WAIT_MS = 10_000;

/**
 * Runs the simulation in real time until the duration is over or SIGINT/SIGTERM arrives. Resolves to the
 * process exit code: 0, or 1 when the API refused every batch (e.g. a wrong secret).
 */
export function runSimulator(options: SimulatorOptions, io: ConsoleOutput): Promise<number> {
  const startMs = Math.ceil(Date.now() / 1000) * 1000 + 1000;
  const hospital = generateDemoHospital();
  const simulation = new HospitalSimulation(hospital, {
    seed: options.seed,
    speed: options.speed,
    gatewayLimit: options.gatewayLimit,
    tagLimit: options.tagLimit,
    startMs,
  });
  const endpoints = gatewayEndpoints(options.url, options.secret, simulation.gateways);
  const stats = new SendStats(Date.now());
  const transportRandom = createRandom(options.seed).fork('transport');
  const sender = new HttpSender(fetchPostBatch, stats, new ProblemReporter(io.err), transportRandom);
  io.out(
    `wardwatch simulator: ${simulation.gateways.length} gateways, ${simulation.tags.length} tags, ` +
      `${hospital.assets.length} assets → ${endpoints[0]?.url ?? options.url} ` +
      `(speed ×${options.speed}, seed ${JSON.stringify(options.seed)})`,
  );

  let tick = 0;
  let skippedTicks = 0;
  let stopping = false;
  const timers = new Set<NodeJS.Timeout>();
  const later = (delayMs: number, run: () => void): void => {
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        run();
      },
      Math.max(0, delayMs),
    );
    timers.add(timer);
  };

  const dispatch = (batches: readonly GatewayBatch[]): void => {
    for (let slot = 0; slot < SEND_SLOTS; slot++) {
      const first = Math.ceil((slot * batches.length) / SEND_SLOTS);
      const end = Math.ceil(((slot + 1) * batches.length) / SEND_SLOTS);
      later((slot * 1000) / SEND_SLOTS, () => {
        for (let i = first; i < end && !stopping; i++) {
          const { gateway, heard } = batches[i];
          const sentAtMs = Date.now();
          const body = buildRuuviGatewayBody(
            gateway.mac,
            sentAtMs,
            transportRandom.int(0, 0xffffffff),
            heard,
          );
          sender.submit({
            gatewayMac: gateway.mac,
            url: endpoints[i].url,
            authorization: endpoints[i].authorization,
            body: JSON.stringify(body),
            sightings: heard.length,
            createdMs: sentAtMs,
          });
        }
      });
    }
  };

  const runTick = (): void => {
    if (stopping) {
      return;
    }
    const behind = Math.floor((Date.now() - startMs) / 1000) - tick;
    if (behind > MAX_TICKS_BEHIND) {
      skippedTicks += behind;
      tick += behind;
    }
    dispatch(simulation.step(tick, startMs + tick * 1000));
    tick++;
    later(startMs + tick * 1000 - Date.now(), runTick);
  };

  let progress: NodeJS.Timeout | undefined;
  const reportProgress = (): void => {
    const window = stats.takeWindow(Date.now());
    if (!options.quiet) {
      io.out(
        formatProgressLine({
          elapsedS: (Date.now() - startMs) / 1000,
          window,
          totals: stats.totals,
          movingAssets: simulation.movingAssets,
          inFlight: sender.inFlight,
          queued: sender.queued,
          waitingToRetry: sender.waitingToRetry,
        }),
      );
    }
  };

  return new Promise<number>((resolve) => {
    const shutdown = async (reason: string): Promise<void> => {
      if (stopping) {
        return;
      }
      stopping = true;
      if (progress !== undefined) {
        clearInterval(progress);
      }
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
      if (sender.inFlight > 0) {
        io.err(`${reason}: finishing ${sender.inFlight} request(s) in flight…`);
      }
      const abandonedInFlight = await sender.close(SHUTDOWN_WAIT_MS);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      io.out(
        formatSummary({
          elapsedS: Math.max(0, (Date.now() - startMs) / 1000),
          ticks: tick,
          skippedTicks,
          gateways: simulation.gateways.length,
          tags: simulation.tags.length,
          totals: stats.totals,
          p50Ms: stats.overallLatency.percentile(0.5),
          p99Ms: stats.overallLatency.percentile(0.99),
          abandonedInFlight,
        }),
      );
      const { responses4xx, batchesDelivered } = stats.totals;
      resolve(responses4xx > 0 && batchesDelivered === 0 ? 1 : 0);
    };
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) {
        io.err(`${signal} again: exiting now`);
        process.exit(130);
      }
      void shutdown(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    if (options.durationS !== null) {
      later(options.durationS * 1000 + (startMs - Date.now()), () => void shutdown('duration reached'));
    }
    later(startMs - Date.now(), () => {
      stats.takeWindow(Date.now());
      progress = setInterval(reportProgress, PROGRESS_EVERY_MS);
      runTick();
    });
  });
}
