// runtime.sendMessage without the polyfill, for the content script, which runs in every matched
// frame: both browsers' MV3 runtime.sendMessage returns a promise, so the 30 KB polyfill is not
// needed there. Extension pages and the background keep using src/platform/browser.ts.
type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export function sendMessage(message: unknown): Promise<unknown> {
  const api = (globalThis as { browser?: Runtime; chrome?: Runtime }).browser ?? (globalThis as { chrome?: Runtime }).chrome;
  if (!api) return Promise.reject(new Error('no extension runtime'));
  return api.runtime.sendMessage(message);
}
