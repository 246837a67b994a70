// Facts that make a result comparable: the machine, the browser, and the exact code measured.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function machineInfo(browserVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const osRelease = readFileSync('/etc/os-release', 'utf8');
  return {
    cores: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: /PRETTY_NAME="?([^"\n]+)/.exec(osRelease)?.[1] ?? os.type(),
    kernel: os.release(),
    node: process.version,
    chromium: browserVersion,
  };
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'results' ? [] : filesUnder(full);
    }
    return [full];
  });
}

/** The commit, plus a fingerprint of the files this bench measures (so runs on changed code tell apart). */
export function codeVersion(root) {
  const dirs = ['apps/web/src/app/features/floors/asset-markers', 'bench/ui'];
  const hash = createHash('sha256');
  for (const file of dirs.flatMap((d) => filesUnder(path.join(root, d))).sort()) {
    if (statSync(file).isFile() && !file.endsWith('.spec.ts')) {
      hash.update(path.relative(root, file)).update(readFileSync(file));
    }
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    // not a git checkout
  }
  const leaflet = JSON.parse(
    readFileSync(path.join(root, 'node_modules/leaflet/package.json'), 'utf8'),
  ).version;
  return { commit, fingerprint: hash.digest('hex').slice(0, 12), fingerprintOf: dirs, leaflet };
}
