// Running child commands: captured (for short tools) or streamed (for long ones).
import { spawn } from 'node:child_process';

/** Runs a command to completion; rejects with its output when it exits non-zero. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: options.stream ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
      cwd: options.cwd,
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0 || options.allowFailure) {
        resolve({ code, output });
      } else {
        const tail = output.trim().split('\n').slice(-25).join('\n');
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}${tail ? `:\n${tail}` : ''}`),
        );
      }
    });
  });
}

/** True when `command` is on PATH. */
export async function onPath(command) {
  const { code } = await run('sh', ['-c', `command -v ${command}`], { allowFailure: true });
  return code === 0;
}
