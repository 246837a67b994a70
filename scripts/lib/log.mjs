// Step logging for the launcher: each step says what it does and how long it took.
const started = Date.now();
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);

export const bold = (t) => paint('1', t);
export const dim = (t) => paint('2', t);
export const green = (t) => paint('32', t);
export const red = (t) => paint('31', t);
export const yellow = (t) => paint('33', t);

const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

export function info(message) {
  console.log(`${dim(`[${elapsed()}]`)} ${message}`);
}

export function warn(message) {
  console.log(`${dim(`[${elapsed()}]`)} ${yellow('!')} ${message}`);
}

/** Runs `fn` as a named step, printing its start, its end and its duration. */
export async function step(title, fn) {
  const t0 = Date.now();
  info(`${bold('→')} ${title}`);
  try {
    const result = await fn();
    info(`${green('✓')} ${title} ${dim(`(${((Date.now() - t0) / 1000).toFixed(1)}s)`)}`);
    return result;
  } catch (error) {
    info(`${red('✗')} ${title} failed: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

/** An error whose message is the whole story for the user: no stack trace is printed. */
export class UserFacingError extends Error {}
