import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // webextension-polyfill throws outside an extension: tests get a small fake instead.
    alias: { 'webextension-polyfill': new URL('./test/fixtures/fake-browser.ts', import.meta.url).pathname },
  },
});
