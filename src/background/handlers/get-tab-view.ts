import browser from '../../platform/browser.ts';
import { hostOfUrl } from '../../core/dataset/lookup.ts';
import type { TabView } from '../../core/view/tab-view.ts';
import { evaluate } from '../evaluate.ts';
import { readTabState } from '../tab-state.ts';

/** The popup's view of a tab: what the content script saw there, or the tab's URL via activeTab. */
export async function handleGetTabView({ tabId }: { tabId: number }): Promise<TabView> {
  const [state, tab] = await Promise.all([readTabState(tabId), browser.tabs.get(tabId).catch(() => null)]);
  // The URL is visible only with activeTab (the user clicked the toolbar button).
  const urlHost = tab?.url ? hostOfUrl(tab.url) : null;
  if (state && (!urlHost || urlHost === state.host)) return (await evaluate(state.host, state)).view;
  return (await evaluate(urlHost, null)).view;
}
