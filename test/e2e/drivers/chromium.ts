// Debian Chromium through playwright-core, with the built extension loaded on a fresh profile.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { TEST_HOSTS, type Driver, type PageRef } from '../driver.ts';

export const CHROMIUM = '/usr/bin/chromium';

interface Ref extends PageRef { page: Page }

export async function launchChromium(extensionDir: string, proxyPort: number): Promise<Driver> {
  // Service-worker requests are reported only with this switch (playwright-core 1.65).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context: BrowserContext = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'keyholder-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    proxy: { server: `http://127.0.0.1:${proxyPort}` },
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--ignore-certificate-errors',
      // Chromium's own services (autofill hints, account sign-in) would otherwise call Google.
      '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter,NetworkTimeServiceQuerying,AccountConsistency,DiceWebSigninInterception,PasswordLeakDetection,LeakDetectionUnauthenticated,FedCm,MirroringService',
      '--disable-client-side-phishing-detection', '--disable-default-apps', '--safebrowsing-disable-auto-update',
      '--no-service-autorun', '--password-store=basic', '--allow-browser-signin=false', '--disable-field-trial-config',
      '--disable-domain-reliability', '--no-pings', '--no-default-browser-check',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (request.url().startsWith(`${extensionOrigin}/`) || TEST_HOSTS.includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'about:') return;
    outside.push(request.url());
  });
  let counter = 0;
  const ref = (page: Page): Ref => ({ id: `c${++counter}`, page });
  const pageOf = (r: PageRef) => (r as Ref).page;

  return {
    name: 'chromium',
    // Chromium 156 contacts its account service and component updater at start-up even with an
    // empty profile, no extension and about:blank (measured through the recording proxy).
    browserOwnHosts: ['accounts.google.com', 'update.googleapis.com'],
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return ref(page);
    },
    async focus(r) { await pageOf(r).bringToFront(); },
    async navigate(r, url) { await pageOf(r).goto(url, { waitUntil: 'load', timeout: 15_000 }); },
    async click(r, selector) { await pageOf(r).click(selector, { timeout: 5000 }); },
    async openExtension(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
      return ref(page);
    },
    async bannerText(r) {
      const cdp = await context.newCDPSession(pageOf(r));
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        return textOfBanner(root as DomNode);
      } finally {
        await cdp.detach();
      }
    },
    evaluate: (r, fn) => pageOf(r).evaluate(`(${fn})()`),
    async setFiles(r, selector, files) { await pageOf(r).setInputFiles(selector, files); },
    async clickBanner(r, action) {
      const cdp = await context.newCDPSession(pageOf(r));
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const node = findInBanner(root as DomNode, action);
        if (!node?.nodeId) throw new Error(`no banner button ${action}`);
        const { model } = await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId });
        const [x1, y1, , , x3, y3] = model.content;
        await pageOf(r).mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
      } finally {
        await cdp.detach();
      }
    },
    async select(r, selector, value) { await pageOf(r).selectOption(selector, value); },
    async screenshot(r, path) { await pageOf(r).screenshot({ path }); },
    async closePage(r) { await pageOf(r).close(); },
    outsideRequests: () => [...outside],
    close: () => context.close(),
  };
}

interface DomNode { nodeId?: number; nodeType: number; localName?: string; nodeValue?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }

function findInBanner(node: DomNode, action: string, inBanner = false): DomNode | null {
  const here = inBanner || node.localName === 'keyholder-banner';
  const attrs = node.attributes ?? [];
  if (here && attrs.some((a, i) => i % 2 === 0 && a === 'data-action' && attrs[i + 1] === action)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findInBanner(child, action, here);
    if (found) return found;
  }
  return null;
}

/** Finds <keyholder-banner> and joins the text of its shadow tree (styles excluded). */
function textOfBanner(node: DomNode): string | null {
  if (node.localName === 'keyholder-banner') return collectText(node.shadowRoots?.[0]);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = textOfBanner(child);
    if (found !== null) return found;
  }
  return null;
}

function collectText(node: DomNode | undefined): string {
  if (!node || node.localName === 'style') return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(collectText).join(' ').replace(/\s+/g, ' ').trim();
}
