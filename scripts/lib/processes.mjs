// Long-running children (api, worker, simulator): prefixed, readable output, logs kept in .data/logs,
// and one stop for all of them.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

import { dim, red, yellow } from './log.mjs';
import { dataPath } from './state.mjs';

const PINO_LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** A pino JSON line as `LEVEL message key=value…`; anything else unchanged. */
export function formatLogLine(line) {
  if (!line.startsWith('{')) {
    return line;
  }
  try {
    const entry = JSON.parse(line);
    const level = PINO_LEVELS[entry.level] ?? String(entry.level);
    const extras = [];
    if (entry.req) {
      extras.push(`${entry.req.method} ${entry.req.url}`);
    }
    if (entry.res) {
      extras.push(`→ ${entry.res.statusCode} in ${entry.responseTime}ms`);
    }
    if (entry.context) {
      extras.push(dim(`[${entry.context}]`));
    }
    if (entry.err?.message) {
      extras.push(red(entry.err.message));
    }
    const text = `${level.padEnd(5)} ${entry.msg ?? ''} ${extras.join(' ')}`.trim();
    return entry.level >= 50 ? red(text) : entry.level >= 40 ? yellow(text) : text;
  } catch {
    return line;
  }
}

export class ProcessGroup {
  children = [];
  stopping = false;

  /**
   * Starts `node [nodeArgs] script args` with env; `quiet` hides INFO lines on the console (they still go to
   * the log file).
   */
  start(name, script, args, env, { quiet = false, onExit, nodeArgs = [] } = {}) {
    mkdirSync(dataPath('logs'), { recursive: true });
    const file = createWriteStream(dataPath('logs', `${name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, script, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = dim(`[${name}]`.padEnd(11));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        file.write(`${line}\n`);
        const isInfo = line.startsWith('{"level":30') || line.startsWith('{"level":20');
        if (!quiet || !isInfo) {
          console.log(`${prefix} ${formatLogLine(line)}`);
        }
      });
    }
    child.on('exit', (code, signal) => {
      file.end();
      this.children = this.children.filter((c) => c.child !== child);
      if (!this.stopping) {
        onExit?.(code, signal);
      }
    });
    this.children.push({ name, child });
    return child;
  }

  /** SIGTERM to every child, SIGKILL to those still running after `graceMs`. */
  async stopAll(graceMs = 10_000) {
    this.stopping = true;
    await Promise.all(
      this.children.map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) {
              resolve();
              return;
            }
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

/** Polls url until it answers 200, or rejects after timeoutMs. */
export async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs} ms (last: ${last})`);
}
