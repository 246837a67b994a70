// CPU and memory of the processes under test, sampled every second from /proc: utime+stime as % of one
// core, VmRSS in MB, and the whole machine's busy share from /proc/stat. Samples are tagged with the phase.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** { ppid, comm, ticks (utime+stime), childTicks (cutime+cstime) } or null when gone. */
function readStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const f = text.slice(close + 2).split(' ');
    return {
      ppid: Number(f[1]),
      comm,
      ticks: Number(f[11]) + Number(f[12]),
      childTicks: Number(f[13]) + Number(f[14]),
    };
  } catch {
    return null;
  }
}

function readRssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function allPids() {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/** The pid in a pid file's first line, or null. */
export function pidFromFile(file) {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Pids whose command name is `comm` (e.g. 'redis-server'), for services found no other way. */
export function pidsByName(comm) {
  return allPids().filter((pid) => readStat(pid)?.comm === comm);
}

/** A server and its direct children (PostgreSQL: postmaster and backends); reaped children count too. */
export function processTree(rootPid) {
  return () => {
    if (!rootPid || !readStat(rootPid)) {
      return { pids: [], reaped: [] };
    }
    const children = allPids().filter((pid) => readStat(pid)?.ppid === rootPid);
    return { pids: [rootPid, ...children], reaped: [rootPid] };
  };
}

function machineTicks() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  const idle = values[3] + (values[4] ?? 0);
  return { total, busy: total - idle };
}

export class ProcessSampler {
  targets = new Map();
  samples = [];
  phase = null;
  timer = null;
  previous = new Map();
  previousMachine = null;

  /** `source`: a pid, or a function returning { pids, reaped } (reaped: pids whose cutime counts). */
  track(name, source) {
    const fn = typeof source === 'function' ? source : () => ({ pids: source ? [source] : [], reaped: [] });
    this.targets.set(name, fn);
    this.previous.delete(name);
  }

  untrack(name) {
    this.targets.delete(name);
    this.previous.delete(name);
  }

  setPhase(phase) {
    this.phase = phase;
  }

  start() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 1000);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
  }

  sample() {
    const now = performance.now();
    for (const [name, fn] of this.targets) {
      const { pids, reaped } = fn();
      let ticks = 0;
      let rssKb = 0;
      for (const pid of pids) {
        const stat = readStat(pid);
        if (stat) {
          ticks += stat.ticks + (reaped.includes(pid) ? stat.childTicks : 0);
          rssKb += readRssKb(pid);
        }
      }
      const before = this.previous.get(name);
      this.previous.set(name, { ticks, now });
      if (before && pids.length > 0) {
        const cpu = (Math.max(0, ticks - before.ticks) / CLK_TCK / ((now - before.now) / 1000)) * 100;
        this.samples.push({ phase: this.phase, name, cpu, rssMb: rssKb / 1024 });
      }
    }
    const machine = machineTicks();
    if (this.previousMachine) {
      const total = machine.total - this.previousMachine.total;
      const busy = machine.busy - this.previousMachine.busy;
      this.samples.push({ phase: this.phase, name: 'machine', cpu: total > 0 ? (busy / total) * 100 : 0 });
    }
    this.previousMachine = machine;
  }

  /** Mean and max per process for one phase: cpu in % of one core (machine: % of all cores), rss in MB. */
  summary(phase) {
    const out = {};
    for (const s of this.samples.filter((x) => x.phase === phase)) {
      const entry = (out[s.name] ??= { n: 0, cpuSum: 0, cpuMax: 0, rssSum: 0, rssMax: 0 });
      entry.n += 1;
      entry.cpuSum += s.cpu;
      entry.cpuMax = Math.max(entry.cpuMax, s.cpu);
      entry.rssSum += s.rssMb ?? 0;
      entry.rssMax = Math.max(entry.rssMax, s.rssMb ?? 0);
    }
    return Object.fromEntries(
      Object.entries(out).map(([name, e]) => [
        name,
        {
          cpuMeanPct: round(e.cpuSum / e.n),
          cpuMaxPct: round(e.cpuMax),
          ...(name === 'machine' ? {} : { rssMeanMb: round(e.rssSum / e.n), rssMaxMb: round(e.rssMax) }),
        },
      ]),
    );
  }
}

const round = (x) => Math.round(x * 10) / 10;
