// Builds the banner a content script shows: text only, in the user's language.
import type { Action } from '../core/policy/types.ts';
import { bannerLines } from '../core/view/describe.ts';
import type { TabView } from '../core/view/tab-view.ts';
import type { BannerModel } from '../messaging/protocol.ts';
import { countryName, t } from './i18n.ts';

export function bannerFor(view: TabView, action: Action, upload: boolean): BannerModel | null {
  if (!view.assessment || action === 'inform') return null;
  const { title, lines } = bannerLines(view.assessment, t, countryName);
  const name = view.assessment.service.name;
  const model: BannerModel = { action, title, lines, detailsLabel: t('details'), dismissLabel: t('dismissForSite'), closeLabel: t('close') };
  if (!upload) return model;
  if (action === 'block') return { ...model, title: t('uploadBlockedTitle', [name]), lines: [...lines, t('uploadBlockedLine')] };
  if (action === 'confirm') {
    return { ...model, title: t('uploadConfirmTitle', [name]), lines: [...lines, t('uploadConfirmLine')], confirmLabel: t('uploadAnyway'), confirmedText: t('uploadAllowedRepeat') };
  }
  return { ...model, title: t('uploadWarnTitle', [name]) };
}
