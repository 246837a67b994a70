// npm dependencies: installed when node_modules is missing or older than package-lock.json.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import { step } from './log.mjs';
import { run } from './run.mjs';
import { ROOT } from './state.mjs';

export async function ensureNodeModules() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) {
    return;
  }
  // `npm ci` rejects lockfiles made on this registry (other platforms' optional binaries are missing).
  await step('Installing npm dependencies (npm install)', () =>
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT, stream: true }),
  );
}
