import browser from '../../platform/browser.ts';
import type { Sender } from '../router.ts';

/** Opens the full explanation for the sender's tab in an extension page. */
export async function handleOpenDetails(_: Record<string, never>, sender: Sender): Promise<true> {
  if (sender.kind !== 'content') return true;
  await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?tab=${sender.tabId}`) });
  return true;
}
