import { generateDemoHospital } from '@wardwatch/demo-hospital';
import { setUpExtraGateways } from './admin/set-up-extra-gateways';
import type { SimulatorOptions } from './cli-options';
import type { ConsoleOutput } from './console-output';
import { HospitalSimulation, type SimulatedSecond } from './hospital-simulation';
import { LoopHealth } from './loop-health';
import { ProblemReporter } from './problem-reporter';
import { formatProgressLine, formatSummary } from './progress';
import { createRandom } from './random/seeded-random';
import { scaleHospital, type ScaledHospital } from './scale/scaled-hospital';
import { gatewayEndpoints } from './transport/gateway-endpoint';
import { DEFAULT_SENDER_OPTIONS, HttpSender } from './transport/http-sender';
import { createHttpPostBatch } from './transport/post-batch';
import { RuuviBodyWriter } from './transport/ruuvi-body-writer';
import { SendStats } from './transport/send-stats';

const PROGRESS_EVERY_MS = 5000;
/** Gateways post in this many groups spread over each second. */
const SEND_SLOTS = 20;
/** More than this many seconds behind (laptop asleep, a long GC), ticks are skipped rather than replayed. */
const MAX_TICKS_BEHIND = 2;
const SHUTDOWN_WAIT_MS = 10_000;
/** The first tick is on a whole second at least this far ahead: time to build and warm up the simulation. */
const START_DELAY_MS = 2000;
/**
 * Requests in flight: at least the default, and enough for a quarter of the gateways, so a fleet of
 * thousands still posts once a second while the API takes a few hundred milliseconds to answer.
 */
const inFlightFor = (gateways: number): number =>
  Math.max(DEFAULT_SENDER_OPTIONS.maxInFlight, Math.ceil(gateways / 4));

/**
 * Runs the simulation in real time until the duration is over or SIGINT/SIGTERM arrives. With more
 * gateways than the demo has, first registers the extra ones through the admin API. Resolves to the
 * process exit code: 0, or 1 when the extra gateways could not be set up or the API refused every batch
 * (e.g. a wrong secret).
 */
export async function runSimulator(options: SimulatorOptions, io: ConsoleOutput): Promise<number> {
  const demo = generateDemoHospital();
  const scaled = scaleHospital(demo, { tags: options.tags, gateways: options.gateways, seed: options.seed });
  let issuedKeys = new Map<string, string>();
  if (scaled.extraGateways.length > 0) {
    try {
      issuedKeys = await setUpExtraGateways(options, demo.gateways, scaled.extraGateways, io);
    } catch (error) {
      io.err(`wardwatch simulator: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  return play(options, scaled, issuedKeys, io);
}

function play(
  options: SimulatorOptions,
  { hospital, demoAssets }: ScaledHospital,
  issuedKeys: ReadonlyMap<string, string>,
  io: ConsoleOutput,
): Promise<number> {
  const startMs = Math.ceil(Date.now() / 1000) * 1000 + START_DELAY_MS;
  const simulation = new HospitalSimulation(hospital, {
    seed: options.seed,
    speed: options.speed,
    gatewayLimit: options.gateways,
    tagLimit: options.tags,
    startMs,
  });
  simulation.prepare();
  const gateways = simulation.gateways;
  const endpoints = gatewayEndpoints(options.url, options.secret, gateways, issuedKeys);
  const stats = new SendStats(Date.now());
  const health = new LoopHealth(Date.now());
  const runCpu = process.cpuUsage();
  const runStartedMs = Date.now();
  const transportRandom = createRandom(options.seed).fork('transport');
  const maxInFlight = inFlightFor(gateways.length);
  const post = createHttpPostBatch(maxInFlight);
  const sender = new HttpSender(post, stats, new ProblemReporter(io.err), transportRandom, {
    ...DEFAULT_SENDER_OPTIONS,
    maxInFlight,
    maxQueued: Math.max(DEFAULT_SENDER_OPTIONS.maxQueued, 2 * gateways.length),
  });
  const bodies = new RuuviBodyWriter();
  const extraAssets = hospital.assets.length - demoAssets;
  io.out(
    `wardwatch simulator: ${gateways.length} gateways, ${simulation.tags.length} tags, ` +
      `${demoAssets} assets${extraAssets > 0 ? ` (+${extraAssets} made-up ones carrying extra tags)` : ''} → ` +
      `${endpoints[0]?.url ?? options.url} (speed ×${options.speed}, seed ${JSON.stringify(options.seed)})`,
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

  const dispatch = (second: SimulatedSecond): void => {
    const steppedMs = Date.now();
    for (let slot = 0; slot < SEND_SLOTS; slot++) {
      const first = Math.ceil((slot * gateways.length) / SEND_SLOTS);
      const end = Math.ceil(((slot + 1) * gateways.length) / SEND_SLOTS);
      const dueMs = steppedMs + (slot * 1000) / SEND_SLOTS;
      later(dueMs - Date.now(), () => {
        health.noteLate(Date.now() - dueMs);
        for (let i = first; i < end && !stopping; i++) {
          const sentAtMs = Date.now();
          const nonce = transportRandom.int(0, 0xffffffff);
          sender.submit({
            gatewayMac: gateways[i].mac,
            url: endpoints[i].url,
            authorization: endpoints[i].authorization,
            body: () => bodies.body(second, i, gateways[i].mac, sentAtMs, nonce),
            sightings: second.receptions[i].length,
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
    const tickMs = startMs + tick * 1000;
    health.noteLate(Date.now() - tickMs);
    const stepStartedMs = performance.now();
    const second = simulation.step(tick, tickMs);
    health.noteStep(performance.now() - stepStartedMs);
    dispatch(second);
    tick++;
    later(startMs + tick * 1000 - Date.now(), runTick);
  };

  let progress: NodeJS.Timeout | undefined;
  const reportProgress = (): void => {
    const nowMs = Date.now();
    const window = stats.takeWindow(nowMs);
    const loop = health.take(nowMs);
    if (!options.quiet) {
      io.out(
        formatProgressLine({
          elapsedS: (nowMs - startMs) / 1000,
          gateways: gateways.length,
          tags: simulation.tags.length,
          window,
          loop,
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
          gateways: gateways.length,
          tags: simulation.tags.length,
          totals: stats.totals,
          p50Ms: stats.overallLatency.percentile(0.5),
          p99Ms: stats.overallLatency.percentile(0.99),
          abandonedInFlight,
          cpuPct: cpuPercent(process.cpuUsage(runCpu), Date.now() - runStartedMs),
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
      health.take(Date.now());
      progress = setInterval(reportProgress, PROGRESS_EVERY_MS);
      runTick();
    });
  });
}

function cpuPercent(used: NodeJS.CpuUsage, wallMs: number): number {
  return Math.round((used.user + used.system) / 10 / Math.max(1, wallMs));
}
