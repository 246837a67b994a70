// What a script started, stopped once, newest first: at its end, on an error, on a time limit, or on
// SIGINT/SIGTERM. Used by the benches.
import { warn } from './log.mjs';

/**
 * `onCleanup(name, fn)` registers something to stop; `teardown(reason)` runs `before(reason)` (if given)
 * then every cleanup, once however often it is called; a stop that fails is reported and the rest go on.
 * SIGINT and SIGTERM tear down and exit 130.
 */
export function cleanupRegistry({ before } = {}) {
  const cleanups = [];
  let tearingDown = null;
  const onCleanup = (name, fn) => cleanups.push({ name, fn });
  const teardown = (reason) => {
    tearingDown ??= (async () => {
      await before?.(reason);
      for (const { name, fn } of cleanups.reverse()) {
        try {
          await fn();
        } catch (error) {
          warn(`stopping ${name} failed: ${error.message}`);
        }
      }
    })();
    return tearingDown;
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      warn(`${signal}: stopping everything the bench started`);
      void teardown(signal).then(() => process.exit(130));
    });
  }
  return { onCleanup, teardown };
}
