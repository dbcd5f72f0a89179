// One listener, one handler per message. Trust is decided by where a message comes from
// (browser-filled sender fields), never by what it says.
import browser, { type Runtime } from '../platform/browser.ts';
import { CONTENT_SCRIPT_MESSAGES, type MessageType, type Reply, type Request, type Response } from '../messaging/protocol.ts';
import { isEnvelope, validators } from '../messaging/validate.ts';

/** Who sent a message: a content script in a web page (with its tab and frame) or an extension page. */
export type Sender =
  | { kind: 'content'; tabId: number; frameId: number; url: string }
  | { kind: 'extension' };

export type Handlers = { [K in MessageType]: (payload: Request<K>, sender: Sender) => Promise<Response<K>> };

export function classifySender(sender: Runtime.MessageSender): Sender | null {
  if (sender.id !== browser.runtime.id) return null;
  const origin = browser.runtime.getURL('');
  if (sender.url?.startsWith(origin)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !sender.url || !/^https?:/.test(sender.url)) return null;
  return { kind: 'content', tabId, frameId: sender.frameId ?? 0, url: sender.url };
}

export async function route(handlers: Handlers, message: unknown, rawSender: Runtime.MessageSender): Promise<Reply<unknown>> {
  try {
    const sender = classifySender(rawSender);
    if (!sender) return { ok: false, error: 'unknown sender' };
    if (!isEnvelope(message)) return { ok: false, error: 'not a Keyholder message' };
    const type = message.type;
    if (sender.kind === 'content' && !CONTENT_SCRIPT_MESSAGES.includes(type)) return { ok: false, error: `${type} is not allowed from a web page` };
    if (!validators[type](message.payload)) return { ok: false, error: `invalid payload for ${type}` };
    const handler = handlers[type] as (p: unknown, s: Sender) => Promise<unknown>;
    return { ok: true, value: await handler(message.payload, sender) };
  } catch (err) {
    console.error('Keyholder: handler failed', err);
    return { ok: false, error: 'internal error' };
  }
}
