// The extension's English messages, so the CLI says exactly what the popup says.
import { readFileSync } from 'node:fs';
import type { CountryName, Translate } from '../core/view/describe.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Messages;

export const t: Translate = (key, subs = []) => {
  const entry = messages[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
};

const names = new Intl.DisplayNames(['en'], { type: 'region' });
export const countryName: CountryName = (code) => {
  try { return names.of(code) ?? code; } catch { return code; }
};
