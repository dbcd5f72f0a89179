// Payload validators, one per message. Content-script payloads are attacker-controlled.
import { MOMENTS, type Moment, type PolicyLayer } from '../core/policy/types.ts';
import type { MessageType, Request } from './protocol.ts';
import { isPolicyLayer } from '../storage/policy-layer.ts';

type Validators = { [K in MessageType]: (payload: unknown) => payload is Request<K> };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const hasOnlyKeys = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
const isEmpty = (v: unknown): v is Record<string, never> => isPlainObject(v) && Object.keys(v).length === 0;

const REASON = /^[a-z0-9:.-]{1,64}$/;

export const validators: Validators = {
  'page-moment': (p): p is { moment: Moment; reasons: string[] } =>
    isPlainObject(p) && hasOnlyKeys(p, ['moment', 'reasons'])
    && typeof p.moment === 'string' && (MOMENTS as readonly string[]).includes(p.moment)
    && Array.isArray(p.reasons) && p.reasons.length <= 32
    && p.reasons.every((r) => typeof r === 'string' && REASON.test(r)),
  'open-details': isEmpty,
  'dismiss-site': isEmpty,
  'get-tab-view': (p): p is { tabId: number } =>
    isPlainObject(p) && hasOnlyKeys(p, ['tabId']) && Number.isSafeInteger(p.tabId) && (p.tabId as number) >= 0,
  'get-settings': isEmpty,
  'set-account-region': (p): p is { region: string | null } =>
    isPlainObject(p) && hasOnlyKeys(p, ['region'])
    && (p.region === null || (typeof p.region === 'string' && /^[A-Z]{2}$/.test(p.region))),
  'set-policy': (p): p is { policy: PolicyLayer } =>
    isPlainObject(p) && hasOnlyKeys(p, ['policy']) && isPolicyLayer(p.policy),
};

export function isEnvelope(message: unknown): message is { type: MessageType; payload: unknown } {
  return isPlainObject(message) && hasOnlyKeys(message, ['type', 'payload'])
    && typeof message.type === 'string' && Object.hasOwn(validators, message.type);
}
