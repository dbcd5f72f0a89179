// The service worker is the single writer of settings. User settings live in storage.sync;
// an organisation's policy arrives read-only through storage.managed.
import browser from '../platform/browser.ts';
import type { PolicyLayer } from '../core/policy/types.ts';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '../storage/settings.ts';
import { isPolicyLayer } from '../storage/policy-layer.ts';

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return stored[KEY] === undefined ? { ...DEFAULT_SETTINGS } : repairSettings(stored[KEY]);
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = repairSettings(change(await readSettings()));
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** The organisation's policy, or {} when there is none (Firefox throws when no policy exists). */
export async function readManagedPolicy(): Promise<PolicyLayer> {
  try {
    const managed = await browser.storage.managed.get('policy');
    return isPolicyLayer(managed.policy) ? managed.policy : {};
  } catch {
    return {};
  }
}
