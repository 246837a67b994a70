// Builds what the bench serves, with esbuild (path aliases from tsconfig.base.json): the fixture builder
// for Node (run once here, its output served as JSON) and the two pages for the browser.
import path from 'node:path';

import esbuild from 'esbuild';

export const PAGES = ['wardwatch', 'bare-leaflet'];

export async function buildFixtureModule(root, outDir) {
  const outfile = path.join(outDir, 'fixture.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'bench/ui/fixture.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** One minified script per page, as a production build would ship it; returns their sizes in bytes. */
export async function buildPages(root, outDir) {
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p, path.join(root, `bench/ui/pages/${p}-page.ts`)])),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
    tsconfig: path.join(root, 'tsconfig.base.json'),
    outdir: outDir,
    metafile: true,
    logLevel: 'warning',
  });
  return Object.fromEntries(
    Object.entries(result.metafile.outputs)
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, meta]) => [path.basename(file, '.js'), meta.bytes]),
  );
}
