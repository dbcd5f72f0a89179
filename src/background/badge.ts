// The toolbar badge: text and colour per tab (colour is never the only signal).
import browser from '../platform/browser.ts';
import type { Verdict } from '../core/policy/types.ts';
import { t } from './i18n.ts';

const LOOK: Record<Verdict['severity'], { text: string; color: string }> = {
  high: { text: '!!', color: '#b3261e' },
  medium: { text: '!', color: '#a15c00' },
  low: { text: 'i', color: '#2f5f8a' },
  unknown: { text: '?', color: '#5f6368' },
  'unknown-service': { text: '', color: '#5f6368' },
};

export async function setBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  const look = LOOK[verdict?.severity ?? 'unknown-service'];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: verdict ? t(`badgeTitle_${verdict.severity.replace('-', '_')}`) : t('actionTitle') }),
  ]);
}
