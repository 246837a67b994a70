// Runs each Jest suite with a JSON report and sums them: CI reads only our last line.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { bold, green, info, red } from './log.mjs';
import { run } from './run.mjs';
import { ROOT } from './state.mjs';

export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** Runs one Jest invocation; returns { name, passed, failed, crashed }. */
export async function runJest(name, args, env) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const report = path.join(ARTIFACTS, `jest-${name}.json`);
  rmSync(report, { force: true });
  info(`${bold('→')} ${name} tests`);
  const jest = path.join(ROOT, 'node_modules/jest/bin/jest.js');
  await run(process.execPath, [jest, '--ci', '--json', `--outputFile=${report}`, ...args], {
    cwd: ROOT,
    env,
    stream: true,
    allowFailure: true,
  });
  if (!existsSync(report)) {
    return { name, passed: 0, failed: 0, crashed: true };
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  // A suite that fails to load (syntax error, missing module) has no tests but is a failure.
  const brokenSuites = result.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  return {
    name,
    passed: result.numPassedTests,
    failed: result.numFailedTests + brokenSuites,
    crashed: false,
  };
}

export function printSummary(results) {
  console.log('');
  console.log(bold('suite        passed  failed'));
  for (const r of results) {
    const status = r.crashed ? red('crashed (no report)') : (r.note ?? '');
    console.log(
      `${r.name.padEnd(12)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)} ${status}`,
    );
  }
  const passed = results.reduce((s, r) => s + r.passed, 0);
  const failed = results.reduce((s, r) => s + r.failed + (r.crashed ? 1 : 0), 0);
  console.log(failed === 0 ? green('all tests passed') : red(`${failed} failed`));
  console.log(`tests: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}
