// Where a bench's figures go: a results file in the bench's own folder, and its block of docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `results` to `<root>/<dir>/<startedAt>.json` as the repository's Prettier would (so
 * `prettier --check .` stays clean); returns the file's path.
 */
export async function writeResultsFile(root, dir, results) {
  const folder = path.join(root, dir);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  const { default: prettier } = await import('prettier');
  const config = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(results), { ...config, parser: 'json' }));
  return file;
}

/**
 * Replaces what stands between the `begin` and `end` markers of docs/benchmarks.md with `block`; false
 * (and nothing written) when the file or its markers are missing.
 */
export function replaceDocsBlock(root, begin, end, block) {
  const file = path.join(root, 'docs/benchmarks.md');
  if (!existsSync(file)) {
    return false;
  }
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    return false;
  }
  writeFileSync(file, `${text.slice(0, from + begin.length)}\n${block}\n${text.slice(to)}`);
  return true;
}
