// One protocol map: every message, its request and its response. A message without a handler
// or a validator is a compile error (see src/background/index.ts and validate.ts).
import type { Signal } from '../core/detect/snapshot.ts';
import type { Action, PolicyLayer } from '../core/policy/types.ts';
import type { TabView } from '../core/view/tab-view.ts';
import type { Settings } from '../storage/settings.ts';

/** What the in-page banner needs, already in the user's language. Nothing else reaches a page. */
export interface BannerModel {
  action: 'warn' | 'confirm' | 'block';
  title: string;
  lines: string[];
  detailsLabel: string;
  dismissLabel: string;
  closeLabel: string;
  /** For the upload guard: the button that lets the held upload go ahead, and what to do next. */
  confirmLabel?: string;
  confirmedText?: string;
}

export type UploadVia = 'click' | 'change' | 'drop' | 'paste';

export interface Protocol {
  /** Content script: what the page offers (sign-in, upload…) on load and whenever it changes. */
  'page-signals': { request: { signals: Signal[] }; response: { banner: BannerModel | null; upload: Action } };
  /** Content script: the user tried to upload; the guard already applied the cached action. */
  'upload-attempt': { request: { via: UploadVia }; response: BannerModel | null };
  /** Content script: the user asked for the full explanation. */
  'open-details': { request: Record<string, never>; response: true };
  /** Content script: the user dismissed the banner for this service. */
  'dismiss-site': { request: Record<string, never>; response: true };
  /** Extension pages: the assessment for a tab. */
  'get-tab-view': { request: { tabId: number }; response: TabView };
  'get-settings': { request: Record<string, never>; response: Settings };
  'set-account-region': { request: { region: string | null }; response: Settings };
  'set-policy': { request: { policy: PolicyLayer }; response: Settings };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

/** The only messages a content script may send. Everything else needs the extension's own origin. */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = ['page-signals', 'upload-attempt', 'open-details', 'dismiss-site'];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
