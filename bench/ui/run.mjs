#!/usr/bin/env node
// `node bench/ui/run.mjs [--quick] [--uncapped]`: the floor-plan UI bench. Builds a demo ward floor with
// 10,000 asset markers, bundles two pages with esbuild and serves them from 127.0.0.1: our AssetMarkerLayer
// ("wardwatch") and plain Leaflet circle markers on L.canvas() (the limit). In headless Chromium at
// 1280×800, zoomed in far enough for markers, each page measures the time from adding the markers to the
// first painted frame, then the frame rate while 1,000 position changes per second are applied.
// Pages alternate order per round; everything it started is stopped on exit, error or Ctrl-C.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

import { cleanupRegistry } from '../../scripts/lib/cleanups.mjs';
import { info, red, step, warn } from '../../scripts/lib/log.mjs';
import { ROOT } from '../../scripts/lib/state.mjs';
import { chromiumPath, launch, measurePage, VIEWPORT } from './browser.mjs';
import { buildFixtureModule, buildPages, PAGES } from './bundle.mjs';
import { waitForQuiet } from './cpu-meter.mjs';
import { codeVersion, machineInfo } from './machine.mjs';
import { parseOptions, USAGE } from './options.mjs';
import { markdownBlock, summarise, updateDocs, visitLine, writeResults } from './report.mjs';
import { serve } from './server.mjs';

const { onCleanup, teardown } = cleanupRegistry();

/** A generous bound on the whole run: per visit, load + first render + pause + phase + slack. */
function hardLimitMs(o) {
  const visits = o.rounds * PAGES.length * (o.uncapped ? 2 : 1);
  return (visits * (o.durationS + o.quietWaitS + 30) + 120) * 1000;
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
  const executablePath = chromiumPath(options.chromium);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ww-bench-ui-'));
  onCleanup('temp dir', () => rmSync(tmp, { recursive: true, force: true }));

  const fixture = await step(
    `Building the floor and ${options.markers.toLocaleString('en-US')} markers`,
    async () => {
      const { buildFixture } = await import(await buildFixtureModule(ROOT, tmp));
      return buildFixture(options.markers, options.seed);
    },
  );
  info(
    `${fixture.floor.name} (${fixture.floor.id}): ${fixture.rooms.length} rooms, ${fixture.floor.widthM} × ${fixture.floor.heightM} m`,
  );
  const bundleBytes = await step('Bundling the pages (esbuild, minified)', () => buildPages(ROOT, tmp));
  const require = createRequire(import.meta.url);
  const server = await serve({
    dir: tmp,
    pages: PAGES,
    leafletCss: require.resolve('leaflet/dist/leaflet.css'),
    fixtureJson: JSON.stringify(fixture),
  });
  onCleanup('http server', () => server.close());
  info(`Serving on ${server.url}`);

  const churnOptions = {
    durationMs: options.durationS * 1000,
    ratePerS: options.rate,
    batchMs: options.batchMs,
  };
  const modes = options.uncapped ? ['capped', 'uncapped'] : ['capped'];
  const runs = [];
  let browserInfo = null;
  for (const mode of modes) {
    const { browser, args } = await launch(executablePath, { uncapped: mode === 'uncapped' });
    onCleanup(`chromium (${mode})`, () => browser.close());
    browserInfo ??= { version: browser.version(), executablePath, args };
    info(
      `Chromium ${browser.version()}, ${mode === 'capped' ? 'frame rate as Chromium sets it' : 'frame-rate limit and vsync off'}`,
    );
    for (let round = 1; round <= options.rounds; round++) {
      const order = round % 2 === 1 ? PAGES : [...PAGES].reverse();
      for (const page of order) {
        const label = `${mode}-r${round}-${page}`;
        const before =
          options.quietWaitS > 0 ? await waitForQuiet(options.quietBelowPct, options.quietWaitS) : null;
        if (before && !before.quiet) {
          warn(
            `other processes still use ${before.otherPct} % of a core after ${before.waitedS} s; measuring anyway`,
          );
        }
        const visit = await measurePage(
          browser,
          `${server.url}/${page}.html`,
          churnOptions,
          options.screenshots,
          label,
        );
        runs.push({ mode, round, page, before, ...visit });
        info(visitLine(mode, round, options.rounds, page, visit));
      }
    }
    await browser.close();
  }

  const results = {
    startedAt,
    command: `node bench/ui/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    code: codeVersion(ROOT),
    machine: machineInfo(browserInfo?.version ?? 'unknown'),
    browser: { ...browserInfo, headless: true, viewport: VIEWPORT, deviceScaleFactor: 1 },
    config: { ...options, floor: fixture.floor.id, rooms: fixture.rooms.length, bundleBytes },
    runs,
  };
  results.summary = summarise(results);
  const file = await writeResults(ROOT, results);
  const block = markdownBlock(results);
  console.log(`\n${block}`);
  info(`Results: ${path.relative(ROOT, file)}`);
  if (options.quick) {
    info('A --quick run does not touch docs/benchmarks.md');
  } else {
    info(
      updateDocs(ROOT, block)
        ? 'docs/benchmarks.md: the block between the bench:ui:results markers was replaced'
        : 'docs/benchmarks.md has no bench:ui:results markers: paste the block above',
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
