// The path a user sees, checked in each real browser: banner, popup, options, and no network.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { waitFor, type Driver, type PageRef } from './driver.ts';

export interface Scenario { name: string; run(driver: Driver, ctx: Context): Promise<void> }
export interface Context { screenshots: string; outsideRequests(): string[] }

const banner = (driver: Driver, page: PageRef) => waitFor(() => driver.bannerText(page), 'the banner');

async function noBanner(driver: Driver, page: PageRef): Promise<void> {
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await driver.bannerText(page), null, 'expected no banner');
}

async function tabIdFor(driver: Driver, host: string): Promise<number> {
  const page = await driver.openExtension('src/popup/index.html');
  try {
    const tabs = await driver.evaluate<Record<string, { host: string }>>(page,
      '() => (globalThis.browser ?? globalThis.chrome).storage.session.get(null)');
    const entry = Object.entries(tabs).find(([key, value]) => key.startsWith('tab:') && value.host === host);
    assert.ok(entry, `no tab state recorded for ${host}`);
    return Number(entry[0].slice(4));
  } finally {
    await driver.closePage(page);
  }
}

async function setRegion(driver: Driver, region: string): Promise<void> {
  const options = await driver.openExtension('src/options/index.html');
  await waitFor(() => driver.evaluate<boolean>(options, '() => !!document.querySelector("#region") || null'), 'the options form');
  await driver.select(options, '#region', region);
  await waitFor(() => driver.evaluate<boolean>(options,
    `() => document.querySelector("[data-testid=status]")?.textContent === "Saved." || null`), 'the saved status');
  await driver.closePage(options);
}

async function setPolicy(driver: Driver, policy: object): Promise<void> {
  const page = await driver.openExtension('src/options/index.html');
  const reply = await driver.evaluate<{ ok: boolean }>(page, `() => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(
    { type: 'set-policy', payload: { policy: ${JSON.stringify(policy)} } })`);
  assert.ok(reply.ok, 'set-policy from the options page');
  await driver.closePage(page);
}

const FILE = join(import.meta.dirname, 'pages', 'article.html');
const received = (driver: Driver, page: PageRef) => driver.evaluate<string>(page, '() => document.querySelector("#received").textContent');
const settle = () => new Promise((r) => setTimeout(r, 1000));

export const scenarios: Scenario[] = [
  {
    name: 'a sign-in form on www.icloud.com shows a banner naming Apple',
    async run(driver, ctx) {
      const page = await driver.open('https://www.icloud.com/');
      const text = await banner(driver, page);
      assert.match(text, /Apple Inc\./);
      assert.match(text, /account region/, 'with the region unset both possibilities are shown');
      await driver.screenshot(page, join(ctx.screenshots, `${driver.name}-banner-icloud.png`));
      await driver.closePage(page);
    },
  },
  {
    name: 'the same page on www.icloud.com.cn names the Guizhou operator and keys in China',
    async run(driver, ctx) {
      const page = await driver.open('https://www.icloud.com.cn/');
      const text = await banner(driver, page);
      assert.match(text, /Guizhou/);
      assert.match(text, /Encryption keys held by the local operator in China/);
      await driver.screenshot(page, join(ctx.screenshots, `${driver.name}-banner-icloud-cn.png`));
    },
  },
  {
    name: 'the popup for the iCloud China tab shows storage country and key holder, with sources',
    async run(driver) {
      const tabId = await tabIdFor(driver, 'www.icloud.com.cn');
      const popup = await driver.openExtension(`src/popup/index.html?tab=${tabId}`);
      const text = await waitFor(() => driver.evaluate<string>(popup,
        '() => document.querySelector("main[data-status=known]")?.innerText ?? null'), 'the popup');
      assert.match(text, /Data stored in: China/);
      assert.match(text, /Encryption keys held by the local operator in China/);
      assert.match(text, /read 20\d\d-\d\d-\d\d/, 'sources carry their access date');
      await driver.closePage(popup);
    },
  },
  {
    name: 'a page without a sign-in form on a known host shows no banner',
    async run(driver) {
      const page = await driver.open('https://www.icloud.com/article.html');
      await noBanner(driver, page);
      await driver.closePage(page);
    },
  },
  {
    name: 'a sign-in form on a host not in the dataset shows nothing',
    async run(driver) {
      const page = await driver.open('https://news.example.org/signin.html');
      await noBanner(driver, page);
      await driver.closePage(page);
    },
  },
  {
    name: 'changing the account region in the options changes the next assessment',
    async run(driver) {
      await setRegion(driver, 'CN');
      let page = await driver.open('https://www.icloud.com/');
      let text = await banner(driver, page);
      assert.match(text, /Guizhou/);
      assert.doesNotMatch(text, /account region/);
      await driver.closePage(page);
      await setRegion(driver, 'DE');
      page = await driver.open('https://www.icloud.com/');
      text = await banner(driver, page);
      assert.match(text, /Apple Inc\./);
      assert.doesNotMatch(text, /Guizhou/);
      await driver.closePage(page);
      await setRegion(driver, '');
    },
  },
  {
    name: 'block: a file chosen for an upload to a distrusted jurisdiction never reaches the page',
    async run(driver, ctx) {
      await setPolicy(driver, { preset: 'distrust-list', trust: { CN: 'distrusted' } });
      try {
        const page = await driver.open('https://www.icloud.com.cn/upload.html');
        await settle();
        await driver.setFiles(page, '#file', [FILE]);
        const text = await banner(driver, page);
        assert.match(text, /blocked by your policy/);
        assert.equal(await received(driver, page), 'none');
        await driver.screenshot(page, join(ctx.screenshots, `${driver.name}-banner-upload-blocked.png`));
        await driver.closePage(page);
      } finally {
        await setPolicy(driver, {});
      }
    },
  },
  {
    name: 'confirm: an upload is held until the user confirms in the banner, then goes through when repeated',
    async run(driver, ctx) {
      await setPolicy(driver, { preset: 'independent-judge' });
      try {
        const page = await driver.open('https://www.icloud.com.cn/upload.html');
        await settle();
        await driver.setFiles(page, '#file', [FILE]);
        assert.match(await banner(driver, page), /asks you to confirm/);
        assert.equal(await received(driver, page), 'none', 'held');
        await driver.clickBanner(page, 'confirm'); // at once: inside the 500 ms guard, ignored
        assert.doesNotMatch(await banner(driver, page), /Allowed for one minute/);
        await new Promise((r) => setTimeout(r, 700));
        await driver.clickBanner(page, 'confirm');
        await waitFor(async () => ((await driver.bannerText(page)) ?? '').includes('Allowed for one minute') || null, 'the confirmation');
        await driver.screenshot(page, join(ctx.screenshots, `${driver.name}-banner-upload-confirmed.png`));
        await driver.setFiles(page, '#file', [FILE]);
        await waitFor(async () => (await received(driver, page)) === 'received 1' || null, 'the repeated upload');
        await driver.closePage(page);
      } finally {
        await setPolicy(driver, {});
      }
    },
  },
  {
    name: 'the extension made no request outside itself and the test server',
    async run(_driver, ctx) {
      assert.deepEqual(ctx.outsideRequests(), []);
    },
  },
];
