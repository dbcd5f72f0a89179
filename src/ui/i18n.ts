import browser from '../platform/browser.ts';
import type { CountryName, Translate } from '../core/view/describe.ts';

export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

const names = new Intl.DisplayNames([browser.i18n.getUILanguage(), 'en'], { type: 'region' });
export const countryName: CountryName = (code) => {
  try { return names.of(code) ?? code; } catch { return code; }
};

/** Sets lang and dir on the page from the UI language (fa and ar read right to left). */
export function applyDocumentLanguage(): void {
  const lang = browser.i18n.getUILanguage();
  document.documentElement.lang = lang;
  document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
