// Checks a stored or imported policy layer. Unknown keys and wrong types are refused, never merged.
import { ACTIONS, MOMENTS, type PolicyLayer } from '../core/policy/types.ts';

const SEVERITIES = ['high', 'medium', 'low', 'unknown'];
const TRUST = ['trusted', 'neutral', 'distrusted'];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CC = /^[A-Z]{2}$/;
const MAX_LIST = 500;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isIdList = (v: unknown) => Array.isArray(v) && v.length <= MAX_LIST && v.every((x) => typeof x === 'string' && ID.test(x));

export function isPolicyLayer(v: unknown): v is PolicyLayer {
  if (!isRecord(v)) return false;
  for (const [key, value] of Object.entries(v)) {
    switch (key) {
      case 'preset': if (typeof value !== 'string' || !ID.test(value)) return false; break;
      case 'allowServices': case 'denyServices': if (!isIdList(value)) return false; break;
      case 'trust':
        if (!isRecord(value) || Object.keys(value).length > MAX_LIST) return false;
        if (!Object.entries(value).every(([k, t]) => CC.test(k) && TRUST.includes(t as string))) return false;
        break;
      case 'actions':
        if (!isRecord(value)) return false;
        for (const [moment, row] of Object.entries(value)) {
          if (!(MOMENTS as readonly string[]).includes(moment) || !isRecord(row)) return false;
          if (!Object.entries(row).every(([s, a]) => SEVERITIES.includes(s) && (ACTIONS as readonly string[]).includes(a as string))) return false;
        }
        break;
      default: return false;
    }
  }
  return true;
}
