// The content script: runs at document_start on the dataset's hosts. It reports the visit, watches
// for a sign-in form (bounded, debounced), and shows the banner the background asks for.
import { detect } from '../core/detect/index.ts';
import type { Moment } from '../core/policy/types.ts';
import { send } from '../messaging/send.ts';
import { showBanner } from './banner.ts';
import { collect } from './collect.ts';

const SCAN_DEBOUNCE_MS = 250;
const MAX_SCANS = 40;
const reported = new Set<Moment>();
let scans = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

async function report(moment: Moment, reasons: string[]): Promise<void> {
  if (reported.has(moment)) return;
  reported.add(moment);
  const banner = await send('page-moment', { moment, reasons }).catch(() => null);
  if (banner && window === window.top) {
    showBanner(banner, {
      details: () => void send('open-details', {}).catch(() => undefined),
      dismiss: () => void send('dismiss-site', {}).catch(() => undefined),
    });
  }
}

function scan(): void {
  timer = undefined;
  if (scans++ >= MAX_SCANS) { observer.disconnect(); return; }
  for (const signal of detect(collect(document))) void report(signal.kind, signal.reasons);
}

function scheduleScan(): void {
  if (timer === undefined && scans < MAX_SCANS) timer = setTimeout(scan, SCAN_DEBOUNCE_MS);
}

const observer = new MutationObserver(scheduleScan);
observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'style', 'class', 'hidden'] });
document.addEventListener('DOMContentLoaded', scheduleScan, { once: true });
void report('visit', []);
