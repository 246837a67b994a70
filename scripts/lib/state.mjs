// .data/: the launcher's private state (service data, ports, generated secrets, logs).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DATA_DIR = path.join(ROOT, '.data');

export function dataPath(...parts) {
  return path.join(DATA_DIR, ...parts);
}

function readJson(file, fallback) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fallback;
}

function writeJson(file, value, mode = 0o644) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`, { mode });
  chmodSync(file, mode);
}

/** Ports chosen for the private services, kept so that a second start reuses them. */
export const ports = {
  get: (name) => readJson(dataPath('ports.json'), {})[name],
  set: (name, port) =>
    writeJson(dataPath('ports.json'), { ...readJson(dataPath('ports.json'), {}), [name]: port }),
};

/** Secrets generated once per checkout (mode 600); never printed. */
export function secrets() {
  const file = dataPath('secrets.json');
  const current = readJson(file, {});
  const wanted = ['postgresPassword', 'redisPassword', 'jwtSecret', 'demoGatewayKeySecret'];
  let changed = false;
  for (const key of wanted) {
    if (!current[key]) {
      current[key] = randomBytes(32).toString('base64url');
      changed = true;
    }
  }
  if (changed) {
    writeJson(file, current, 0o600);
  }
  return current;
}
