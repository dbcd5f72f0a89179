// npm run build: validate and compile the dataset, build the Chrome and Firefox packages from the
// one source tree, and zip each (dist/keyholder-<browser>.zip).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/dataset-files.ts';
import type { Browser } from './lib/manifest.ts';
import { zipDirectory } from './lib/zip.ts';

const started = performance.now();
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });

try {
  // `npm run build -- --data <dir>` builds with another data folder (test variants).
  run([join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/compile-dataset.ts', ...process.argv.slice(2).filter((a) => a !== '--all-sites')]);
} catch {
  process.exit(1);
}
// `--all-sites` builds the variant whose content script runs on every page, in dist/<browser>-all-sites.
const allSites = process.argv.includes('--all-sites');
const browsers: Browser[] = ['chrome', 'firefox'];
for (const browser of browsers) {
  const name = allSites ? `${browser}-all-sites` : browser;
  run([join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { KEYHOLDER_BROWSER: browser, KEYHOLDER_ALL_SITES: allSites ? '1' : '0' });
  if (browser === 'firefox') keepServiceWorkerBesideScripts(join(ROOT, 'dist', name, 'manifest.json'));
  const size = zipDirectory(join(ROOT, 'dist', name), join(ROOT, 'dist', `keyholder-${name}.zip`));
  console.log(`dist/keyholder-${name}.zip: ${(size / 1024).toFixed(1)} KiB`);
}
/** crxjs turns the background into `scripts` for Firefox; keep `service_worker` beside it so the
 * package also states its MV3 worker (each browser uses the key it supports). */
function keepServiceWorkerBesideScripts(path: string): void {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { background: { scripts?: string[]; service_worker?: string } };
  const [script] = manifest.background.scripts ?? [];
  if (script && !manifest.background.service_worker) {
    manifest.background = { service_worker: script, ...manifest.background };
    writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
