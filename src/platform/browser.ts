// The only module that imports webextension-polyfill. Chrome 148+ ships `browser` natively;
// when the minimum version allows, replace this import with globalThis.browser.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
