// Payload validators, one per message. Content-script payloads are attacker-controlled.
import type { Signal } from '../core/detect/snapshot.ts';
import type { PolicyLayer } from '../core/policy/types.ts';
import type { MessageType, Request, UploadVia } from './protocol.ts';
import { isPolicyLayer } from '../storage/policy-layer.ts';

type Validators = { [K in MessageType]: (payload: unknown) => payload is Request<K> };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const hasOnlyKeys = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
const isEmpty = (v: unknown): v is Record<string, never> => isPlainObject(v) && Object.keys(v).length === 0;

const REASON = /^[a-z0-9:.-]{1,64}$/;
const SIGNAL_KINDS: string[] = ['sign-in', 'sign-up', 'password-change', 'one-time-code', 'upload'];

export const validators: Validators = {
  'page-signals': (p): p is { signals: Signal[] } =>
    isPlainObject(p) && hasOnlyKeys(p, ['signals']) && Array.isArray(p.signals) && p.signals.length <= SIGNAL_KINDS.length
    && p.signals.every((s) => isPlainObject(s) && hasOnlyKeys(s, ['kind', 'reasons'])
      && typeof s.kind === 'string' && SIGNAL_KINDS.includes(s.kind)
      && Array.isArray(s.reasons) && s.reasons.length <= 16 && s.reasons.every((r) => typeof r === 'string' && REASON.test(r))),
  'upload-attempt': (p): p is { via: UploadVia } =>
    isPlainObject(p) && hasOnlyKeys(p, ['via']) && typeof p.via === 'string' && ['click', 'change', 'drop', 'paste'].includes(p.via),
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
