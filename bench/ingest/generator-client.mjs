// The orchestrator's handle on the load generator: bundles the TypeScript generator with esbuild (path
// aliases from tsconfig.base.json), forks it in its own process group, and runs phases over IPC.
import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import esbuild from 'esbuild';

export async function bundleGenerator(root, outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'load-generator.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'bench/ingest/load-generator.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** Forks a node script with IPC in its own process group; `stop()` ends the whole group. */
export function forkInGroup(file, args = []) {
  const child = fork(file, args, { detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      const kill = (signal) => {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      };
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      kill('SIGTERM');
    });
  return { child, stop };
}

/** Resolves with the first IPC message of `type`; rejects if the child exits first. */
export function nextMessage(child, type, timeoutMs) {
  return new Promise((resolve, reject) => {
    const onMessage = (message) => {
      if (message?.type === type) {
        done();
        resolve(message);
      }
    };
    const onExit = (code, signal) => {
      done();
      reject(new Error(`child exited (${code ?? signal}) before '${type}'`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no '${type}' from the child within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export class GeneratorProcess {
  constructor(bundle) {
    const { child, stop } = forkInGroup(bundle);
    this.child = child;
    this.stop = stop;
  }

  get pid() {
    return this.child.pid;
  }

  async init(config) {
    const ready = nextMessage(this.child, 'ready', 120_000);
    this.child.send({ type: 'init', ...config });
    return ready;
  }

  /** Runs one phase; `onStats(message)` gets the cumulative counters every second; resolves with 'done'. */
  async run(command, onStats) {
    const listener = (message) => {
      if (message?.type === 'stats' && message.id === command.id) {
        onStats(message);
      }
    };
    this.child.on('message', listener);
    try {
      const done = nextMessage(this.child, 'done', (command.durationS + 120) * 1000);
      this.child.send({ type: 'run', ...command });
      return await done;
    } finally {
      this.child.off('message', listener);
    }
  }
}
