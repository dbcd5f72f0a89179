// User settings: one typed default, a version, and a repair step that keeps every valid entry
// and drops what is malformed (a corrupt stored value must never break the extension).
import type { PolicyLayer } from '../core/policy/types.ts';
import { isPolicyLayer } from './policy-layer.ts';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The account region the user chose (ISO code), or null: "not set". */
  accountRegion: string | null;
  /** Feature names the user declared on, e.g. "Advanced Data Protection". */
  featuresOn: string[];
  policy: PolicyLayer;
  /** Service ids whose banner the user dismissed ("dismiss for this site"). */
  dismissed: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION, accountRegion: null, featuresOn: [], policy: {}, dismissed: [],
};

const isStringList = (v: unknown, max: number, pattern: RegExp) =>
  Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && pattern.test(x));

/** Returns valid settings from anything read from storage, keeping each field that validates. */
export function repairSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return {
    version: SETTINGS_VERSION,
    accountRegion: typeof s.accountRegion === 'string' && /^[A-Z]{2}$/.test(s.accountRegion) ? s.accountRegion : null,
    featuresOn: isStringList(s.featuresOn, 100, /^.{1,80}$/) ? [...(s.featuresOn as string[])] : [],
    policy: isPolicyLayer(s.policy) ? s.policy : {},
    dismissed: isStringList(s.dismissed, 1000, /^[a-z0-9-]{1,64}$/) ? [...(s.dismissed as string[])] : [],
  };
}
