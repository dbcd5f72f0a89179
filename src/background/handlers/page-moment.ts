import { hostOfUrl } from '../../core/dataset/lookup.ts';
import { bannerLines } from '../../core/view/describe.ts';
import type { BannerModel, Request } from '../../messaging/protocol.ts';
import { setBadge } from '../badge.ts';
import { evaluate } from '../evaluate.ts';
import { countryName, t } from '../i18n.ts';
import type { Sender } from '../router.ts';
import { readSettings } from '../settings-store.ts';
import { recordMoment } from '../tab-state.ts';

/** A page reached a moment: update the badge, and answer with a banner when the policy says so. */
export async function handlePageMoment({ moment }: Request<'page-moment'>, sender: Sender): Promise<BannerModel | null> {
  if (sender.kind !== 'content') return null;
  const host = hostOfUrl(sender.url);
  if (!host) return null;
  // Only the top frame decides what the tab is; a frame's moment still counts for its own host.
  const state = sender.frameId === 0 ? await recordMoment(sender.tabId, host, moment) : { host, moment };
  const view = await evaluate(state.host, state.moment);
  if (sender.frameId === 0) await setBadge(sender.tabId, view.verdict);
  const action = view.verdict?.action;
  if (!view.assessment || !action || action === 'inform' || moment === 'visit') return null;
  if ((await readSettings()).dismissed.includes(view.assessment.service.id)) return null;
  const { title, lines } = bannerLines(view.assessment, t, countryName);
  return { action, title, lines, detailsLabel: t('details'), dismissLabel: t('dismissForSite'), closeLabel: t('close') };
}
