// npm run bench:content: what the content script costs a page, measured in Debian Chromium with the
// all-sites build against the same browser without the extension, in one run. Prints main-thread
// time (CDP Performance.getMetrics TaskDuration) on three corpus pages and under a page that
// mutates its DOM 10,000 times a second for 10 s. Figures, not pass/fail.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { makeCertificate } from '../test/e2e/cert.ts';
import { TEST_HOSTS } from '../test/e2e/driver.ts';
import { CHROMIUM } from '../test/e2e/drivers/chromium.ts';
import { startProxy } from '../test/e2e/proxy.ts';
import { startServer } from '../test/e2e/server.ts';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev');
const PAGES = ['fathom/335.html', 'fathom/320.html'];
const HOST = 'corpus.example.org';
const ROUNDS = 5;

execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--all-sites'], { cwd: ROOT, stdio: 'ignore' });
const flood = mkdtempSync(join(tmpdir(), 'keyholder-flood-'));
writeFileSync(join(flood, 'flood.html'), `<!doctype html><html><body><main id=m></main><script>
  const m = document.getElementById('m'); let n = 0; const end = performance.now() + 10000;
  (function tick() { for (let i = 0; i < 100; i++) { const d = document.createElement('div'); d.className = 'x' + (n++ % 7); m.append(d); if (m.childElementCount > 200) m.firstChild.remove(); }
    if (performance.now() < end) setTimeout(tick, 10); else document.title = 'done ' + n; })();
</script></body></html>`);

const readability = existsSync(join(CORPUS, 'readability')) ? execFileSync('ls', [join(CORPUS, 'readability')], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.html'))[0] : undefined;
const pages = [...PAGES, ...(readability ? [`readability/${readability}`] : [])];

const server = await startServer(makeCertificate(TEST_HOSTS), { [HOST]: CORPUS, 'news.example.org': flood });
const proxy = await startProxy(server.port);

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const dist = join(ROOT, 'dist', 'chrome-all-sites');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'keyholder-bench-')), {
    executablePath: CHROMIUM, headless: true, ignoreHTTPSErrors: true, proxy: { server: `http://127.0.0.1:${proxy.port}` },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      ...(withExtension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : [])],
  });
}

async function taskMs(context: BrowserContext, url: string, wait: (page: import('playwright-core').Page) => Promise<void>): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  await wait(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<string, { without: number; with: number }> = {};
for (const withExtension of [false, true]) {
  const context = await launch(withExtension);
  if (withExtension) await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'));
  for (const path of pages) {
    const samples: number[] = [];
    for (let r = 0; r < ROUNDS; r++) samples.push(await taskMs(context, `https://${HOST}/${path}`, (p) => p.waitForTimeout(1500)));
    (results[path] ??= { without: 0, with: 0 })[withExtension ? 'with' : 'without'] = median(samples);
  }
  const floodMs = await taskMs(context, 'https://news.example.org/flood.html', (p) => p.waitForFunction(() => document.title.startsWith('done'), null, { timeout: 30_000 }).then(() => undefined));
  (results['mutation flood (10k/s, 10 s)'] ??= { without: 0, with: 0 })[withExtension ? 'with' : 'without'] = floodMs;
  await context.close();
}
await proxy.close();
await server.close();
console.log('main-thread task time (median of 5 loads; the flood once), Chromium, all-sites build:');
for (const [name, r] of Object.entries(results)) {
  console.log(`  ${name.padEnd(34)} without ${r.without.toFixed(0).padStart(6)} ms   with ${r.with.toFixed(0).padStart(6)} ms   ratio ${(r.with / r.without).toFixed(3)}`);
}
