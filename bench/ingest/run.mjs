#!/usr/bin/env node
// `node bench/ingest/run.mjs [--duration 60] [--quick]`: the ingest bench, end to end. Brings the stack up
// (scripts/lib), then: latency phase (open loop at 10k sightings/s, POST → websocket), throughput phase
// (open loop at 50k/s, step-down when not sustained), and the limit (bare node:http + JSON.parse, closed
// loop, same generator and bodies). Everything goes to 127.0.0.1, every phase is bounded in time, and
// everything it started is stopped on exit, error or Ctrl-C.
import path from 'node:path';

import { cleanupRegistry } from '../../scripts/lib/cleanups.mjs';
import { info, red, step, warn } from '../../scripts/lib/log.mjs';
import { freePort } from '../../scripts/lib/ports.mjs';
import { dataPath, ROOT } from '../../scripts/lib/state.mjs';
import { floorIds, benchGateways, login } from './fleet.mjs';
import { bundleGenerator, forkInGroup, GeneratorProcess, nextMessage } from './generator-client.mjs';
import { LatencyProbe } from './latency-probe.mjs';
import { parseOptions, USAGE } from './options.mjs';
import { kilo, limitPhase, pipelinePhase, searchSustained } from './phases.mjs';
import { ProcessSampler } from './process-sampler.mjs';
import { QueueStats } from './queue-stats.mjs';
import { headline, markdownBlock, updateDocs, writeResults } from './report.mjs';
import { BENCH_REDIS_PREFIX, codeVersion, machineInfo, servicePidSources, startStack } from './stack.mjs';

const MOVE_EVERY_S = [10, 20];

const { onCleanup, teardown } = cleanupRegistry();

/** A generous upper bound on the whole run, after which it stops by itself. */
function hardLimitMs(o) {
  const phases = o.warmupS + 2 * o.durationS + 5 * o.stepDurationS + o.limitDurationS;
  return (phases + 8 * o.maxDrainS + 15 * 60) * 1000;
}

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(red(error.message));
    console.error(USAGE);
    return 64;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const watchdog = setTimeout(() => {
    warn('the bench ran past its time limit; stopping');
    void teardown().then(() => process.exit(2));
  }, hardLimitMs(options));
  watchdog.unref();

  const startedAt = new Date().toISOString();
  let crash = null;
  const bundle = await step('Bundling the load generator (esbuild)', () =>
    bundleGenerator(ROOT, dataPath('bench')),
  );
  let queue = null;
  const stack = await startStack(options, onCleanup, {
    onCrash: (message) => {
      crash = message;
      warn(message);
    },
    beforeApps: async (redisUrl) => {
      queue = new QueueStats(redisUrl, BENCH_REDIS_PREFIX);
      onCleanup('redis client', () => queue.close());
      await queue.connect();
      info(`Cleared ${await queue.clear()} Redis keys under ${BENCH_REDIS_PREFIX}: (db 3)`);
    },
  });

  const sampler = new ProcessSampler();
  onCleanup('sampler', () => sampler.stop());
  const services = servicePidSources();
  sampler.track('orchestrator', process.pid);
  sampler.track('api', stack.pids.api);
  stack.pids.workers.forEach((pid, i) => sampler.track(`worker-${i + 1}`, pid));
  sampler.track('redis', services.redis);
  sampler.track('postgres', services.postgres);

  const token = await login(stack.url);
  const fleet = await step(`Preparing ${options.gateways} gateways`, () =>
    benchGateways(stack.url, token, stack.secrets.demoGatewayKeySecret, options.gateways),
  );
  info(`${fleet.demo} demo gateways, ${fleet.registered} registered for the bench`);
  const gen = new GeneratorProcess(bundle);
  onCleanup('generator', () => gen.stop());
  sampler.track('generator', gen.pid);
  const ready = await gen.init({
    gateways: fleet.gateways,
    tags: options.tags,
    movingShare: options.movingShare,
    seed: options.seed,
    moveEveryS: MOVE_EVERY_S,
    sequenceBase: Date.now() * 1000,
  });
  info(`Generator ready: ${ready.gateways} gateways, ${ready.tags} tags (${ready.movingTags} moving)`);
  const probe = new LatencyProbe(ready.movingPrefix);
  onCleanup('websocket probe', () => probe.close());
  await probe.connect(stack.url, token, await floorIds(stack.url, token));
  sampler.start();

  const ctx = {
    gen,
    queue,
    probe,
    sampler,
    stack,
    options,
    checkCrash: () => {
      if (crash) {
        throw new Error(crash);
      }
    },
  };
  const results = {
    startedAt,
    command: `node bench/ingest/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    code: codeVersion(ROOT),
    machine: await machineInfo(stack.adminUrl, await queue.serverVersion()),
    generator:
      'TypeScript (bundled with esbuild), node:http keep-alive client, Wardwatch batch format, ms seenAt',
    config: {
      ...options,
      movingTags: ready.movingTags,
      moveEveryS: MOVE_EVERY_S,
      gatewaysRegistered: fleet.registered,
      appEnv: options.appEnv,
    },
  };

  // Creates and places every tag, opens the connections, fills the caches and warms the JIT; not judged.
  results.warmup = await pipelinePhase(ctx, {
    name: 'warm-up',
    rate: options.latencyRate,
    durationS: options.warmupS,
  });
  results.warmup.warmup = true;
  ctx.checkCrash();
  results.latency = await pipelinePhase(ctx, {
    name: `latency ${kilo(options.latencyRate)}`,
    rate: options.latencyRate,
    durationS: options.durationS,
  });
  ctx.checkCrash();
  results.throughput = await pipelinePhase(ctx, {
    name: `throughput ${kilo(options.rate)}`,
    rate: options.rate,
    durationS: options.durationS,
  });
  ctx.checkCrash();
  results.steps = await searchSustained(ctx, results.throughput);

  const port = await freePort();
  const bare = forkInGroup(path.join(ROOT, 'bench/ingest/bare-parse-server.mjs'), [String(port)]);
  onCleanup('bare server', () => bare.stop());
  await nextMessage(bare.child, 'ready', 10_000);
  sampler.track('bare-server', bare.child.pid);
  results.limit = await limitPhase(ctx, {
    name: 'limit (bare server)',
    url: `http://127.0.0.1:${port}/api/v1/ingest/sightings`,
    durationS: options.limitDurationS,
  });
  await bare.stop();
  sampler.untrack('bare-server');

  results.headline = headline(results);
  const file = await writeResults(ROOT, results);
  const block = markdownBlock(results);
  console.log(`\n${block}`);
  info(`Results: ${path.relative(ROOT, file)}`);
  if (options.quick) {
    info('A --quick run does not touch docs/benchmarks.md');
  } else {
    info(
      updateDocs(ROOT, block)
        ? 'docs/benchmarks.md: the block between the bench markers was replaced'
        : 'docs/benchmarks.md has no bench markers: paste the block above',
    );
  }
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(red(error instanceof Error ? (error.stack ?? error.message) : String(error)));
} finally {
  await teardown();
}
process.exit(code);
