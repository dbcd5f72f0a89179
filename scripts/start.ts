// npm start [-- --firefox]: builds both packages, then opens Chromium (or Firefox ESR) on a fresh
// profile with Keyholder loaded. Without a display it says so and explains the manual steps.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/dataset-files.ts';

const firefox = process.argv.includes('--firefox');
execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });

const manual = `Load it by hand:
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked", choose ${join(ROOT, 'dist/chrome')}
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose ${join(ROOT, 'dist/firefox/manifest.json')}
  (or install the zips in dist/)`;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nNo display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser was opened.\n${manual}`);
  process.exit(0);
}
const binary = firefox ? '/usr/bin/firefox-esr' : '/usr/bin/chromium';
if (!existsSync(binary)) {
  console.log(`\n${binary} is not installed (apt-get install -y ${firefox ? 'firefox-esr' : 'chromium'}).\n${manual}`);
  process.exit(1);
}
if (firefox) {
  spawn(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'run', '--source-dir', 'dist/firefox',
    '--firefox', binary, '--no-config-discovery', '--start-url', 'https://www.icloud.com/'], { cwd: ROOT, stdio: 'inherit' });
} else {
  const profile = mkdtempSync(join(tmpdir(), 'keyholder-profile-'));
  spawn(binary, [`--user-data-dir=${profile}`, `--disable-extensions-except=${join(ROOT, 'dist/chrome')}`,
    `--load-extension=${join(ROOT, 'dist/chrome')}`, '--no-first-run', 'https://www.icloud.com/'], { stdio: 'inherit' });
}
