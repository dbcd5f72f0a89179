// The service worker (Chromium) / event page (Firefox). Listeners are registered synchronously at
// top level so a restarted worker receives the event that woke it.
import browser, { type Runtime } from '../platform/browser.ts';
import { handleDismissSite } from './handlers/dismiss-site.ts';
import { handleGetTabView } from './handlers/get-tab-view.ts';
import { handleOpenDetails } from './handlers/open-details.ts';
import { handlePageSignals } from './handlers/page-signals.ts';
import { handleUploadAttempt } from './handlers/upload-attempt.ts';
import { handleGetSettings, handleSetAccountRegion, handleSetPolicy } from './handlers/settings.ts';
import { route, type Handlers } from './router.ts';
import { forgetTab } from './tab-state.ts';
import { setBadge } from './badge.ts';

const handlers: Handlers = {
  'page-signals': handlePageSignals,
  'upload-attempt': handleUploadAttempt,
  'open-details': handleOpenDetails,
  'dismiss-site': handleDismissSite,
  'get-tab-view': handleGetTabView,
  'get-settings': handleGetSettings,
  'set-account-region': handleSetAccountRegion,
  'set-policy': handleSetPolicy,
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(handlers, message, sender));
browser.tabs.onRemoved.addListener((tabId) => { void forgetTab(tabId); });
// A new page in the tab starts with a clean slate; its content script (if any) reports again.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void Promise.all([forgetTab(tabId), setBadge(tabId, null)]);
});
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.runtime.openOptionsPage();
});
