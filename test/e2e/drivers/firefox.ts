// Debian Firefox ESR through puppeteer-core 24 (WebDriver BiDi), with the built extension
// installed temporarily and its moz-extension UUID pinned.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/lib/manifest.ts';
import type { Driver, PageRef } from '../driver.ts';

export const FIREFOX = '/usr/bin/firefox-esr';
const UUID = '6a0c8d52-2f0e-4c4e-9a7e-6b3f6f1e4b21';

interface Ref extends PageRef { page: Page; context: string }
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (params: never) => void): void;
}

export async function launchFirefox(extensionDir: string, proxyPort: number): Promise<Driver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${UUID}`;
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  let counter = 0;
  const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;
  const pageOf = (r: PageRef) => (r as Ref).page;

  const driver: Driver = {
    name: 'firefox',
    // Firefox ESR 153 polls its remote-settings service at start-up even with no extension and
    // about:blank, whatever services.settings.server says (measured through the recording proxy).
    browserOwnHosts: ['firefox.settings.services.mozilla.com'],
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { id: `f${++counter}`, page, context: contextOf(page) } as Ref;
    },
    async focus(r) { await pageOf(r).bringToFront(); },
    async navigate(r, url) { await pageOf(r).goto(url, { waitUntil: 'load', timeout: 15_000 }); },
    async click(r, selector) { await pageOf(r).click(selector); },
    async openExtension(path) {
      // page.goto on a moz-extension page does not return; navigate without waiting, then poll.
      const page = await browser.newPage();
      const context = contextOf(page);
      await connection.send('browsingContext.navigate', { context, url: `${origin}/${path}`, wait: 'none' });
      const deadline = Date.now() + 8000;
      while (Date.now() < deadline) {
        const ready = await page.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:').catch(() => false);
        if (ready) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return { id: `f${++counter}`, page, context } as Ref;
    },
    async bannerText(r) {
      const { result } = await connection.send('script.callFunction', {
        functionDeclaration: '() => document.querySelector("keyholder-banner")',
        target: { context: (r as Ref).context },
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 30 },
      }) as { result: { result: SerializedNode } };
      if (result.result.type !== 'node') return null;
      return collectText(result.result.value?.shadowRoot?.value);
    },
    evaluate: <T>(r: PageRef, fn: string) => pageOf(r).evaluate(`(${fn})()`) as Promise<T>,
    async setFiles(r, selector, files) {
      const input = await pageOf(r).$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...files);
    },
    async clickBanner(r, action) {
      const context = (r as Ref).context;
      const { result } = await connection.send('script.callFunction', {
        functionDeclaration: '() => document.querySelector("keyholder-banner")', target: { context }, awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 30 },
      }) as { result: { result: SerializedNode } };
      const button = findButton(result.result.value?.shadowRoot ?? undefined, action);
      if (!button?.sharedId) throw new Error(`no banner button ${action}`);
      const { result: box } = await connection.send('script.callFunction', {
        functionDeclaration: '(el) => { const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }',
        target: { context }, awaitPromise: false, arguments: [{ sharedId: button.sharedId }],
      }) as { result: { result: { value: { value: number }[] } } };
      const [x, y] = box.result.value.map((v) => v.value);
      await pageOf(r).mouse.click(x!, y!);
    },
    async select(r, selector, value) { await pageOf(r).select(selector, value); },
    async screenshot(r, path) { await pageOf(r).screenshot({ path }); },
    async closePage(r) { await pageOf(r).close(); },
    // The recording proxy is the network boundary for Firefox (BiDi does not see extension contexts).
    outsideRequests: () => [],
    close: () => browser.close(),
  };
  return driver;
}

interface SerializedNode {
  type: string;
  sharedId?: string;
  value?: { nodeType: number; localName?: string; nodeValue?: string; attributes?: Record<string, string>; children?: SerializedNode[]; shadowRoot?: SerializedNode | null };
}

function findButton(node: SerializedNode | undefined, action: string): SerializedNode | null {
  if (!node?.value) return null;
  if (node.value.attributes?.['data-action'] === action) return node;
  for (const child of node.value.children ?? []) {
    const found = findButton(child, action);
    if (found) return found;
  }
  return null;
}

function collectText(node: SerializedNode['value'] | undefined): string {
  if (!node || node.localName === 'style') return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map((c) => collectText(c.value)).join(' ').replace(/\s+/g, ' ').trim();
}
