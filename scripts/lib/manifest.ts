// Derives each browser's manifest from the one source, manifest.json: content-script matches come
// from the dataset; Firefox gets background.scripts beside service_worker and its gecko settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dataset-files.ts';

export type Browser = 'chrome' | 'firefox';
export const GECKO_ID = 'keyholder@keyholder.dev';

type Manifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string; scripts?: string[] };
  content_scripts: { matches: string[]; js: string[] }[];
};

export function manifestFor(browser: Browser, matches: string[]): Manifest {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  manifest.version = version;
  for (const script of manifest.content_scripts) script.matches = matches;
  if (browser === 'firefox') {
    // Firefox ESR refuses a background with only service_worker; each browser uses its own key.
    manifest.background = { ...manifest.background, scripts: [manifest.background.service_worker] };
    // Firefox has no externally_connectable; other extensions cannot message us there by default.
    delete manifest.externally_connectable;
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
