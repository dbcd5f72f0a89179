// The content script, at document_start on the dataset's hosts. It reports what the page offers
// (collect → detect, debounced and bounded, again after SPA navigations), shows the banner the
// background asks for, and runs the upload guard.
import { detect } from '../core/detect/index.ts';
import type { Signal } from '../core/detect/snapshot.ts';
import type { Action } from '../core/policy/types.ts';
import type { BannerModel, UploadVia } from '../messaging/protocol.ts';
import { send } from '../messaging/send.ts';
import { showBanner } from './banner.ts';
import { collect } from './collect.ts';
import { installGuard } from './guard.ts';

const SCAN_DEBOUNCE_MS = 250;
const MAX_SCANS = 40;
let uploadAction: Action = 'warn';
let reported: string | null = null;
let scans = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

const actions = {
  details: () => void send('open-details', {}).catch(() => undefined),
  dismiss: () => void send('dismiss-site', {}).catch(() => undefined),
  confirm: () => guard.allow(),
};
const show = (banner: BannerModel | null) => { if (banner) showBanner(banner, actions); };

const guard = installGuard(() => uploadAction, {
  attempted: (via: UploadVia) => { send('upload-attempt', { via }).then(show, () => undefined); },
});

async function report(signals: Signal[]): Promise<void> {
  const key = signals.map((s) => `${s.kind}:${s.reasons.join(',')}`).sort().join(' ');
  if (key === reported) return;
  reported = key;
  const reply = await send('page-signals', { signals }).catch(() => null);
  if (!reply) return;
  uploadAction = reply.upload;
  show(reply.banner);
}

function scan(): void {
  timer = undefined;
  if (scans++ >= MAX_SCANS) return;
  void report(detect(collect(document)));
  watch();
}

/** Debounced, and slower the more a page keeps changing (250 ms doubling every 4 scans, to 4 s).
 * The observer is off until the scan: one "something changed" is all it needs to say, and a page
 * that mutates thousands of times a second would otherwise make records for every change. */
function scheduleScan(): void {
  observer.disconnect();
  if (timer === undefined && scans < MAX_SCANS) timer = setTimeout(scan, Math.min(SCAN_DEBOUNCE_MS * 2 ** Math.floor(scans / 4), 4000));
}

const observer = new MutationObserver(scheduleScan);
const watch = () => observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'style', 'class', 'hidden', 'open', 'autocomplete'] });
watch();
addEventListener('DOMContentLoaded', scheduleScan, { once: true });
// Single-page apps: a history navigation may reveal a new form; allow a fresh budget of scans.
addEventListener('popstate', () => { scans = Math.min(scans, MAX_SCANS / 2); scheduleScan(); });
void report([]);
