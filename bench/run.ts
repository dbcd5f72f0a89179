// npm run bench: figures, not pass/fail. Host lookup per call over 100k generated host names beside
// tldts.parse alone (the baseline), the compiled dataset's size, and the content script's size.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'tldts';
import { buildDataset, ROOT } from '../scripts/lib/dataset-files.ts';
import { makeLookup } from '../src/core/dataset/lookup.ts';

const { compiled } = buildDataset();
const lookup = makeLookup(compiled);
const known = compiled.services.flatMap((s) => s.hosts.map((h) => h.host));
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const word = () => Array.from({ length: 3 + Math.floor(random() * 8) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('');
const hosts = Array.from({ length: 100_000 }, (_, i) => {
  if (i % 4 === 0) return `${word()}.${known[Math.floor(random() * known.length)]}`; // a subdomain of a dataset host
  if (i % 4 === 1) return `${known[Math.floor(random() * known.length)]}.${word()}.com`; // a lookalike
  return `${word()}.${word()}.${['com', 'co.uk', 'de', 'com.cn', 'ru'][Math.floor(random() * 5)]}`;
});

function time(label: string, fn: (h: string) => unknown): number {
  for (const h of hosts.slice(0, 5000)) fn(h); // warm up
  const rounds = 5;
  const t0 = performance.now();
  let sink = 0;
  for (let r = 0; r < rounds; r++) for (const h of hosts) if (fn(h)) sink++;
  const perCall = ((performance.now() - t0) * 1e6) / (rounds * hosts.length);
  console.log(`${label.padEnd(34)} ${perCall.toFixed(0).padStart(6)} ns/call  (${sink / rounds} hits)`);
  return perCall;
}

console.log(`dataset ${compiled.version}: ${compiled.services.length} services, ${compiled.jurisdictions.length} jurisdictions`);
const base = time('tldts.parse (baseline)', (h) => parse(h, { allowPrivateDomains: false, extractHostname: false }).domain);
const ours = time('Keyholder lookup', (h) => lookup(h));
console.log(`lookup / tldts.parse: ${(ours / base).toFixed(2)}× (target ≤ 2×)`);

const json = readFileSync(join(ROOT, 'build', 'dataset.json'));
console.log(`compiled dataset: ${(json.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzip`);
for (const browser of ['chrome', 'firefox']) {
  const content = join(ROOT, 'dist', browser, 'src/content/index.js');
  try {
    const bytes = readFileSync(content);
    const zip = statSync(join(ROOT, 'dist', `keyholder-${browser}.zip`)).size;
    console.log(`${browser}: content script ${(bytes.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB gzip; package ${(zip / 1024).toFixed(1)} KiB`);
  } catch {
    console.log(`${browser}: not built (npm run build)`);
  }
}
