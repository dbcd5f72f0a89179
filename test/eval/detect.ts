// npm run eval:detect -- --manifest <path> [--browser chromium|firefox] [--out results.jsonl] [--limit N]
// Serves the manifest's folder (as https://corpus.example.org, every other request refused), loads
// the built all-sites extension into the real browser, visits each page, reads the signals the
// extension itself recorded for the tab, and prints precision/recall/F1 with 95% Wilson intervals.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCertificate } from '../e2e/cert.ts';
import { TEST_HOSTS, type Driver, type PageRef } from '../e2e/driver.ts';
import { launchChromium } from '../e2e/drivers/chromium.ts';
import { launchFirefox } from '../e2e/drivers/firefox.ts';
import { startProxy } from '../e2e/proxy.ts';
import { startServer } from '../e2e/server.ts';
import { formatRate, score, tally } from './metrics.ts';

interface Row { path: string; signin: boolean | null; upload: boolean | null; source: string; interact?: string }
interface Result { path: string; source: string; expected: { signin: boolean | null; upload: boolean | null }; got: { signin: boolean; upload: boolean }; reasons: string[] }

const ROOT = join(import.meta.dirname, '..', '..');
const HOST = 'corpus.example.org';
const SETTLE_MS = 1200;

/** `folder` is what the pages' paths are relative to (the manifest's own folder by default). */
export async function evaluateManifest(manifest: string, browser: 'chromium' | 'firefox', limit = Infinity, folder = dirname(resolve(manifest))): Promise<Result[]> {
  const rows = readFileSync(manifest, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row).slice(0, limit);
  const server = await startServer(makeCertificate(TEST_HOSTS), { [HOST]: folder });
  const proxy = await startProxy(server.port);
  const dist = join(ROOT, 'dist', browser === 'chromium' ? 'chrome-all-sites' : 'firefox-all-sites');
  const driver = await (browser === 'chromium' ? launchChromium : launchFirefox)(dist, proxy.port);
  const results: Result[] = [];
  try {
    const tab = await driver.open(`https://${HOST}/${rows[0]!.path}`);
    const reader = await driver.openExtension('src/popup/index.html');
    const tabId = await findTab(driver, reader);
    for (const row of rows) {
      await driver.evaluate(reader, `() => (globalThis.browser ?? globalThis.chrome).storage.session.remove('tab:${tabId}')`);
      // The page under test is the front tab, as it is for a user: background tabs' timers are
      // throttled (to ≥ 1 s in Firefox), which would delay the content script's debounced scans.
      await driver.focus(tab);
      await driver.navigate(tab, `https://${HOST}/${row.path}`).catch(() => undefined);
      if (row.interact) await driver.click(tab, row.interact).catch(() => undefined);
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const state = await driver.evaluate<{ signals?: Record<string, string[]> } | undefined>(reader,
        `() => (globalThis.browser ?? globalThis.chrome).storage.session.get('tab:${tabId}').then((s) => s['tab:${tabId}'])`);
      const signals = state?.signals ?? {};
      results.push({
        path: row.path, source: row.source,
        expected: { signin: row.signin, upload: row.upload },
        got: { signin: !!signals['sign-in'], upload: !!signals.upload },
        reasons: Object.entries(signals).flatMap(([kind, reasons]) => reasons.map((r) => `${kind}:${r}`)),
      });
    }
  } finally {
    await driver.close();
    await proxy.close();
    await server.close();
  }
  const refused = proxy.refused.filter((r) => !driver.browserOwnHosts.some((h) => r.includes(h)));
  if (refused.length) console.warn(`refused ${refused.length} request(s) outside the corpus: ${[...new Set(refused)].slice(0, 5).join(', ')}`);
  return results;
}

async function findTab(driver: Driver, reader: PageRef): Promise<number> {
  for (let i = 0; i < 40; i++) {
    const all = await driver.evaluate<Record<string, { host: string }>>(reader, '() => (globalThis.browser ?? globalThis.chrome).storage.session.get(null)');
    const entry = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.host === HOST);
    if (entry) return Number(entry[0].slice(4));
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the extension did not report the corpus tab (is dist/*-all-sites built?)');
}

export function report(results: Result[]): string {
  const lines: string[] = [];
  const sources = ['(all)', ...new Set(results.map((r) => r.source))];
  for (const kind of ['signin', 'upload'] as const) {
    lines.push(`${kind}: precision, recall (95% Wilson), F1`);
    for (const source of sources) {
      const rows = results.filter((r) => source === '(all)' || r.source === source).map((r) => ({ expected: r.expected[kind], got: r.got[kind] }));
      const c = tally(rows);
      if (c.tp + c.fp + c.fn === 0 && source !== '(all)') continue;
      const s = score(c);
      lines.push(`  ${source.padEnd(28)} P ${formatRate(s.precision)}  R ${formatRate(s.recall)}  F1 ${s.f1.toFixed(3)}`);
    }
    const misses = results.filter((r) => r.expected[kind] !== null && r.expected[kind] !== r.got[kind]);
    for (const m of misses) lines.push(`    miss: ${m.path} expected ${m.expected[kind]} got ${m.got[kind]} [${m.reasons.join(' ')}]`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: {
    manifest: { type: 'string' }, browser: { type: 'string', default: 'chromium' }, out: { type: 'string' },
    limit: { type: 'string' }, 'no-build': { type: 'boolean' },
  } });
  if (!values.manifest || !['chromium', 'firefox'].includes(values.browser!)) {
    console.error('usage: npm run eval:detect -- --manifest <path> [--browser chromium|firefox] [--out results.jsonl] [--limit N]');
    process.exit(2);
  }
  if (!values['no-build']) execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--all-sites'], { cwd: ROOT, stdio: 'ignore' });
  const started = performance.now();
  const results = await evaluateManifest(values.manifest, values.browser as 'chromium' | 'firefox', values.limit ? Number(values.limit) : Infinity);
  if (values.out) writeFileSync(values.out, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${values.browser}: ${results.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(report(results));
}
