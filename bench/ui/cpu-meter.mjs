// CPU used over an interval, from /proc: by this bench's process tree (node + the Chromium it launched)
// and by the whole machine, so a run disturbed by other work on the machine shows it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** utime+stime of `root` and all its descendants, in ticks. */
function treeTicks(root) {
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (/^\d+$/.test(name)) {
      const s = stat(Number(name));
      if (s) {
        stats.set(Number(name), s);
      }
    }
  }
  const children = new Map();
  for (const [pid, s] of stats) {
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  }
  let ticks = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop();
    ticks += stats.get(pid)?.ticks ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return ticks;
}

function machineTicks() {
  const values = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  return { total, busy: total - values[3] - (values[4] ?? 0) };
}

/** Starts a measurement; the returned function ends it with CPU shares in % of one core. */
export function startCpuMeter() {
  const t0 = process.hrtime.bigint();
  const tree0 = treeTicks(process.pid);
  const machine0 = machineTicks();
  const load0 = os.loadavg()[0];
  return () => {
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const tree = ((treeTicks(process.pid) - tree0) / CLK_TCK / seconds) * 100;
    const m = machineTicks();
    const cores = os.availableParallelism();
    const machine = ((m.busy - machine0.busy) / Math.max(1, m.total - machine0.total)) * 100 * cores;
    const round = (x) => Math.round(x * 10) / 10;
    return {
      benchPct: round(tree),
      machinePct: round(machine),
      otherPct: round(Math.max(0, machine - tree)),
      loadAvg1m: [round(load0), round(os.loadavg()[0])],
    };
  };
}

/**
 * Waits (up to `maxWaitS`) until processes other than the bench use less than `belowPct` % of one core,
 * sampled over 1 s at a time; resolves with the last sample and how long it waited.
 */
export async function waitForQuiet(belowPct, maxWaitS) {
  const started = Date.now();
  for (;;) {
    const meter = startCpuMeter();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const sample = meter();
    const waitedS = Math.round((Date.now() - started) / 100) / 10;
    if (sample.otherPct < belowPct || waitedS >= maxWaitS) {
      return { otherPct: sample.otherPct, waitedS, quiet: sample.otherPct < belowPct };
    }
  }
}
