// Lint, including the layer boundaries of DESIGN.md: src/core is pure (no browser, DOM, storage or
// anything above it), webextension-polyfill is imported only in src/platform, and the pages,
// background and content script do not import each other.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const above = (...layers) => layers.map((l) => ({ group: [`**/${l}/**`, `../${l}/*`, `../../${l}/*`], message: `this layer may not import src/${l}` }));
const polyfill = { name: 'webextension-polyfill', message: 'import browser from src/platform/browser.ts' };

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'test-results/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { paths: [polyfill] }] },
  },
  {
    files: ['src/core/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [polyfill, { name: 'preact', message: 'src/core has no UI' }],
        patterns: above('platform', 'messaging', 'storage', 'background', 'content', 'ui', 'popup', 'options', 'cli'),
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'localStorage', 'fetch', 'navigator', 'location'],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [polyfill], patterns: above('background', 'ui', 'popup', 'options', 'storage') }],
      // A page's postMessage looks genuine to a content script: never listen for it.
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='addEventListener'][arguments.0.value='message']", message: 'no window message listener in content scripts' }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'use textContent' }, { property: 'outerHTML', message: 'use textContent' }],
    },
  },
  {
    files: ['src/background/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [polyfill], patterns: above('content', 'ui', 'popup', 'options') }] },
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [polyfill], patterns: above('background', 'content') }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'text only' }],
    },
  },
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
