// A private Mosquitto MQTT broker for the integration tests (Ruuvi Gateway MQTT ingest).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

import { step } from './log.mjs';
import { freePort, waitForPort } from './ports.mjs';
import { dataPath } from './state.mjs';
import { ensureAptPackages, isRoot } from './system-packages.mjs';

const BINARY = ['/usr/sbin/mosquitto', '/usr/bin/mosquitto'];

export async function startPrivateMosquitto() {
  let binary = BINARY.find((b) => existsSync(b));
  if (!binary) {
    await ensureAptPackages(['mosquitto'], 'Mosquitto (for the MQTT ingest tests)');
    binary = BINARY.find((b) => existsSync(b));
  }
  const port = await freePort();
  const dir = dataPath('mosquitto');
  mkdirSync(dir, { recursive: true });
  const conf = `${dir}/mosquitto.conf`;
  // Loopback only, for tests; as root it would otherwise switch to the `mosquitto` user.
  writeFileSync(
    conf,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous true',
      'persistence false',
      ...(isRoot() ? ['user root'] : []),
    ].join('\n') + '\n',
  );
  const child = spawn(binary, ['-c', conf], { stdio: 'ignore' });
  await step(`Starting Mosquitto on 127.0.0.1:${port}`, () => waitForPort(port, 10_000));
  return {
    url: `mqtt://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
