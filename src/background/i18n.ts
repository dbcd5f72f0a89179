import browser from '../platform/browser.ts';
import type { CountryName, Translate } from '../core/view/describe.ts';

export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

let names: Intl.DisplayNames | null = null;
export const countryName: CountryName = (code) => {
  names ??= new Intl.DisplayNames([browser.i18n.getUILanguage(), 'en'], { type: 'region' });
  try { return names.of(code) ?? code; } catch { return code; }
};
