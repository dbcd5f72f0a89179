// Per-tab state in storage.session, so it survives service-worker restarts. Only the host and the
// strongest moment are kept, never the full URL.
import browser from '../platform/browser.ts';
import { MOMENTS, type Moment } from '../core/policy/types.ts';

export interface TabState { host: string; moment: Moment }

const key = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabState | undefined;
  return stored && typeof stored.host === 'string' && MOMENTS.includes(stored.moment) ? stored : null;
}

/** Records a moment; a new host resets it, the same host keeps the strongest moment seen. */
export async function recordMoment(tabId: number, host: string, moment: Moment): Promise<TabState> {
  const previous = await readTabState(tabId);
  const strongest = previous && previous.host === host && MOMENTS.indexOf(previous.moment) > MOMENTS.indexOf(moment)
    ? previous.moment : moment;
  const state = { host, moment: strongest };
  await browser.storage.session.set({ [key(tabId)]: state });
  return state;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
