// One build per browser: KEYHOLDER_BROWSER=chrome|firefox (scripts/build.ts runs both).
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { matchPatterns, type CompiledDataset } from './src/core/dataset/compiled.ts';
import { manifestFor, type Browser } from './scripts/lib/manifest.ts';

const browser = (process.env.KEYHOLDER_BROWSER ?? 'chrome') as Browser;
// The all-sites variant runs the same content script on every page (as an organisation could choose,
// and as the detection evaluation needs); the default build matches only the dataset's hosts.
const allSites = process.env.KEYHOLDER_ALL_SITES === '1';
const datasetPath = join(import.meta.dirname, 'build', 'dataset.json');

/** Emits the compiled dataset (written by `npm run dataset`) as dataset.json in the package. */
function dataset(): Plugin {
  return {
    name: 'keyholder-dataset',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'dataset.json', source: readFileSync(datasetPath, 'utf8') });
    },
  };
}

function contentMatches(): string[] {
  return matchPatterns((JSON.parse(readFileSync(datasetPath, 'utf8')) as CompiledDataset).services);
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(browser, allSites ? ['<all_urls>'] : contentMatches()) as never,
      browser,
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
    dataset(),
  ],
  build: {
    outDir: allSites ? `dist/${browser}-all-sites` : `dist/${browser}`,
    emptyOutDir: true,
    // Readable output for store reviewers; the packages stay small without minifying.
    minify: false,
    sourcemap: false,
    target: 'es2022',
  },
});
