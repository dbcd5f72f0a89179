// Per-tab state in storage.session, so it survives service-worker restarts. Only the host and what
// the page offered are kept, never the full URL.
import browser from '../platform/browser.ts';

export interface TabState {
  host: string;
  /** Signal kind → reasons, merged over the page's frames and its changes. */
  signals: Record<string, string[]>;
  uploadAttempted: boolean;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabState | undefined;
  return stored && typeof stored.host === 'string' && typeof stored.signals === 'object' && stored.signals !== null ? stored : null;
}

/** Merges what a frame reports. The top frame's host names the tab; a new top host starts afresh. */
export async function recordSignals(tabId: number, frameHost: string, isTop: boolean, signals: { kind: string; reasons: string[] }[]): Promise<TabState> {
  const previous = await readTabState(tabId);
  const fresh = !previous || (isTop && previous.host !== frameHost);
  const state: TabState = fresh ? { host: frameHost, signals: {}, uploadAttempted: false } : previous;
  for (const { kind, reasons } of signals) state.signals[kind] = [...new Set([...(state.signals[kind] ?? []), ...reasons])];
  await browser.storage.session.set({ [key(tabId)]: state });
  return state;
}

export async function recordUploadAttempt(tabId: number, host: string): Promise<TabState> {
  const state = (await readTabState(tabId)) ?? { host, signals: {}, uploadAttempted: false };
  state.uploadAttempted = true;
  await browser.storage.session.set({ [key(tabId)]: state });
  return state;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
