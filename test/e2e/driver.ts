// What the scenarios need from a browser; one implementation per engine in drivers/.
export interface PageRef { readonly id: string }

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** Hosts the browser itself contacts with no extension and no page loaded (measured), which the
   * proxy therefore cannot blame on the extension. Requests by the extension's own contexts are
   * still caught by outsideRequests(). */
  readonly browserOwnHosts: readonly string[];
  /** Opens a web page in a new tab and waits for it to load. */
  open(url: string): Promise<PageRef>;
  /** Loads another URL in an open tab and waits for it to load. */
  navigate(page: PageRef, url: string): Promise<void>;
  /** Brings the tab to the front (background tabs have their timers throttled). */
  focus(page: PageRef): Promise<void>;
  /** A real click on the first element matching the selector. */
  click(page: PageRef, selector: string): Promise<void>;
  /** Opens an extension page (path inside the package) in a new tab. */
  openExtension(path: string): Promise<PageRef>;
  /** The text inside the banner's closed shadow root, or null when there is no banner. */
  bannerText(page: PageRef): Promise<string | null>;
  /** Runs a function in the page and returns its JSON result. */
  evaluate<T>(page: PageRef, fn: string): Promise<T>;
  select(page: PageRef, selector: string, value: string): Promise<void>;
  /** Chooses a real file for a file input, as the user would in the file chooser. */
  setFiles(page: PageRef, selector: string, files: string[]): Promise<void>;
  /** A real (trusted) mouse click on the banner button carrying data-action=<action>. */
  clickBanner(page: PageRef, action: string): Promise<void>;
  screenshot(page: PageRef, path: string): Promise<void>;
  closePage(page: PageRef): Promise<void>;
  /** Every request URL seen that is neither the extension nor the local test server. */
  outsideRequests(): string[];
  close(): Promise<void>;
}

export const TEST_HOSTS = ['www.icloud.com', 'www.icloud.com.cn', 'news.example.org', 'corpus.example.org'];

export async function waitFor<T>(probe: () => Promise<T | null>, what: string, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
