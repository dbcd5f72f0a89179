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

// Frames of one tab report at the same time; each read-modify-write of the tab's state waits for
// the previous one, or a frame's signals could be lost.
const queues = new Map<number, Promise<unknown>>();
function serialised<T>(tabId: number, update: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(update, update);
  queues.set(tabId, next.catch(() => undefined));
  void next.finally(() => { if (queues.get(tabId) === next) queues.delete(tabId); }).catch(() => undefined);
  return next;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabState | undefined;
  return stored && typeof stored.host === 'string' && typeof stored.signals === 'object' && stored.signals !== null ? stored : null;
}

/** Merges what a frame reports. The top frame's host names the tab; a new top host starts afresh. */
export function recordSignals(tabId: number, frameHost: string, isTop: boolean, signals: { kind: string; reasons: string[] }[]): Promise<TabState> {
  return serialised(tabId, async () => {
  const previous = await readTabState(tabId);
  const fresh = !previous || (isTop && previous.host !== frameHost);
  const state: TabState = fresh ? { host: frameHost, signals: {}, uploadAttempted: false } : previous;
  for (const { kind, reasons } of signals) state.signals[kind] = [...new Set([...(state.signals[kind] ?? []), ...reasons])];
  await browser.storage.session.set({ [key(tabId)]: state });
  return state;
  });
}

export function recordUploadAttempt(tabId: number, host: string): Promise<TabState> {
  return serialised(tabId, async () => {
  const state = (await readTabState(tabId)) ?? { host, signals: {}, uploadAttempted: false };
  state.uploadAttempted = true;
  await browser.storage.session.set({ [key(tabId)]: state });
  return state;
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serialised(tabId, () => browser.storage.session.remove(key(tabId)));
}
