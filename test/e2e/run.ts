// npm run test:e2e [-- --browser chromium|firefox]: the built extension in real Chromium and
// Firefox against local HTTPS pages served under real host names. Ends with "N passed, N failed".
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeCertificate } from './cert.ts';
import { TEST_HOSTS, type Driver } from './driver.ts';
import { CHROMIUM, launchChromium } from './drivers/chromium.ts';
import { FIREFOX, launchFirefox } from './drivers/firefox.ts';
import { startProxy } from './proxy.ts';
import { scenarios } from './scenarios.ts';
import { startServer } from './server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCENARIO_TIMEOUT_MS = 45_000;
const browsers = [
  { name: 'chromium', binary: CHROMIUM, apt: 'chromium', dist: 'dist/chrome', launch: launchChromium },
  { name: 'firefox', binary: FIREFOX, apt: 'firefox-esr', dist: 'dist/firefox', launch: launchFirefox },
] as const;

const only = process.argv.includes('--browser') ? process.argv[process.argv.indexOf('--browser') + 1] : null;
if (process.env.KEYHOLDER_SKIP_E2E === '1') {
  console.log('KEYHOLDER_SKIP_E2E=1: end-to-end tests skipped.');
  process.exit(0);
}
const selected = browsers.filter((b) => !only || b.name === only);
for (const b of selected) {
  if (!existsSync(b.binary)) {
    console.error(`${b.binary} is missing: install it with "apt-get install -y ${b.apt}" (or set KEYHOLDER_SKIP_E2E=1).`);
    process.exit(1);
  }
  if (!existsSync(join(ROOT, b.dist, 'manifest.json'))) {
    console.error(`${b.dist} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}

const screenshots = join(ROOT, 'test-results');
mkdirSync(screenshots, { recursive: true });
const server = await startServer(makeCertificate(TEST_HOSTS));
const proxy = await startProxy(server.port);
let passed = 0;
let failed = 0;
const started = performance.now();

for (const b of selected) {
  let driver: Driver;
  try {
    driver = await b.launch(join(ROOT, b.dist), proxy.port);
  } catch (err) {
    console.error(`✗ ${b.name}: could not start: ${(err as Error).message}`);
    failed += scenarios.length;
    continue;
  }
  const refusedBefore = proxy.refused.length;
  const ctx = {
    screenshots,
    outsideRequests: () => [
      ...proxy.refused.slice(refusedBefore).filter((r) => !driver.browserOwnHosts.includes(connectHost(r))),
      ...driver.outsideRequests(),
    ],
  };
  for (const scenario of scenarios) {
    const t0 = performance.now();
    try {
      await withTimeout(scenario.run(driver, ctx), SCENARIO_TIMEOUT_MS);
      passed++;
      console.log(`✓ ${b.name}: ${scenario.name} (${Math.round(performance.now() - t0)} ms)`);
    } catch (err) {
      failed++;
      console.log(`✗ ${b.name}: ${scenario.name}\n    ${(err as Error).message.split('\n').join('\n    ')}`);
    }
  }
  await driver.close().catch(() => undefined);
}
const strays = server.requests.filter((r) => !TEST_HOSTS.includes(r.host));
if (strays.length) { failed++; console.log(`✗ the test server saw unexpected hosts: ${strays.map((r) => r.host).join(', ')}`); }
await proxy.close();
await server.close();
console.log(`e2e time: ${((performance.now() - started) / 1000).toFixed(1)} s; screenshots in test-results/`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** The host of a refused proxy request ("CONNECT host:443" or "GET http://host/path"). */
function connectHost(line: string): string {
  return /^CONNECT ([^:]+):\d+$/.exec(line)?.[1] ?? /^[A-Z]+ https?:\/\/([^/:]+)/.exec(line)?.[1] ?? '';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms); }),
  ]);
}
