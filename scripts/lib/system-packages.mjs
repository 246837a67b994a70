// Installs missing system packages with apt when we may (root on Debian/Ubuntu); otherwise says what to install.
import { existsSync } from 'node:fs';

import { step, UserFacingError } from './log.mjs';
import { run } from './run.mjs';

let aptUpdated = false;

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = () => existsSync('/usr/bin/apt-get');

/** Ensures `packages` (Debian names) are installed, explaining `why`. */
export async function ensureAptPackages(packages, why) {
  if (!isRoot() || !hasApt()) {
    throw new UserFacingError(
      `${why} is missing. Install it with your package manager (Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}), ` +
        'or point DATABASE_URL / REDIS_URL at servers you already run.',
    );
  }
  await step(`Installing ${packages.join(', ')} with apt`, async () => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!aptUpdated) {
      await run('apt-get', ['update'], { env });
      aptUpdated = true;
    }
    await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
  });
}
