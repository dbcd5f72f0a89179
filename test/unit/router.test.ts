// The message boundary: senders are classified by browser-filled fields; content scripts may send
// only their allow-list; payloads are validated; nothing a sender does crashes the router.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { route, type Handlers } from '../../src/background/router.ts';
import type { Runtime } from '../../src/platform/browser.ts';

const calls: string[] = [];
const handler = (name: string) => async () => { calls.push(name); return name; };
const handlers = new Proxy({}, { get: (_, name) => handler(String(name)) }) as Handlers;

const content: Runtime.MessageSender = { id: 'keyholder-test', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: 'https://www.icloud.com/' };
const extensionPage: Runtime.MessageSender = { id: 'keyholder-test', url: 'chrome-extension://keyholder-test/src/options/index.html' };
const otherExtension: Runtime.MessageSender = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

describe('router', () => {
  it('accepts a content-script message from its allow-list with a valid payload', async () => {
    expect(await route(handlers, { type: 'page-signals', payload: { signals: [{ kind: 'sign-in', reasons: ['password-field'] }] } }, content))
      .toEqual({ ok: true, value: 'page-signals' });
    expect(await route(handlers, { type: 'upload-attempt', payload: { via: 'drop' } }, content)).toEqual({ ok: true, value: 'upload-attempt' });
  });

  it('refuses privileged messages from a content script, whatever the payload claims', async () => {
    for (const message of [
      { type: 'set-policy', payload: { policy: { preset: 'inform-only' } } },
      { type: 'set-account-region', payload: { region: 'US' } },
      { type: 'get-settings', payload: {} },
      { type: 'get-tab-view', payload: { tabId: 1 } },
    ]) {
      expect(await route(handlers, message, content)).toEqual({ ok: false, error: `${message.type} is not allowed from a web page` });
    }
  });

  it('accepts privileged messages from the extension own pages, and nothing from another extension', async () => {
    expect(await route(handlers, { type: 'set-account-region', payload: { region: 'CN' } }, extensionPage)).toEqual({ ok: true, value: 'set-account-region' });
    expect(await route(handlers, { type: 'get-settings', payload: {} }, otherExtension)).toEqual({ ok: false, error: 'unknown sender' });
  });

  it('refuses a content script on a non-web URL', async () => {
    expect((await route(handlers, { type: 'page-signals', payload: { signals: [] } }, { ...content, url: 'file:///etc/passwd' })).ok).toBe(false);
  });

  it('validates payloads: wrong types, extra keys, prototype keys, oversized lists', async () => {
    const bad = [
      { type: 'page-signals', payload: { signals: [{ kind: 'exfiltrate', reasons: [] }] } },
      { type: 'page-signals', payload: { signals: [], extra: 1 } },
      { type: 'page-signals', payload: { signals: [{ kind: 'sign-in', reasons: Array(17).fill('a') }] } },
      { type: 'page-signals', payload: { signals: [{ kind: 'sign-in', reasons: ['<img src=x onerror=alert(1)>'] }] } },
      { type: 'page-signals', payload: JSON.parse('{"signals":[],"__proto__":{"polluted":1}}') },
      { type: 'upload-attempt', payload: { via: 'telepathy' } },
      { type: 'set-account-region', payload: { region: 'china' } },
      { type: 'set-policy', payload: { policy: { preset: 'x', evil: true } } },
      { type: '__proto__', payload: {} },
      { type: 'toString', payload: {} },
    ];
    for (const message of bad) expect((await route(handlers, message, extensionPage)).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws and never calls a handler for arbitrary input (property)', async () => {
    calls.length = 0;
    await fc.assert(fc.asyncProperty(fc.anything(), async (message) => {
      const reply = await route(handlers, message, content);
      expect(reply.ok).toBe(false);
    }), { numRuns: 300 });
    expect(calls).toEqual([]);
  });
});
