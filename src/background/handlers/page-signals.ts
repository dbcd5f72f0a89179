import { hostOfUrl } from '../../core/dataset/lookup.ts';
import type { Action } from '../../core/policy/types.ts';
import type { BannerModel, Request } from '../../messaging/protocol.ts';
import { setBadge } from '../badge.ts';
import { bannerFor } from '../banner.ts';
import { evaluate } from '../evaluate.ts';
import type { Sender } from '../router.ts';
import { readSettings } from '../settings-store.ts';
import { recordSignals } from '../tab-state.ts';

/** What a page offers: update the tab's state and badge; answer with a banner at a sign-in moment,
 * and with the upload action so the content script's guard can act synchronously. */
export async function handlePageSignals({ signals }: Request<'page-signals'>, sender: Sender): Promise<{ banner: BannerModel | null; upload: Action }> {
  if (sender.kind !== 'content') return { banner: null, upload: 'inform' };
  const host = hostOfUrl(sender.url);
  if (!host) return { banner: null, upload: 'inform' };
  const isTop = sender.frameId === 0;
  const state = await recordSignals(sender.tabId, host, isTop, signals);
  // The verdict is for the sender's own frame and host, never for a host named in the payload.
  const frameState = state.host === host ? state : { signals: Object.fromEntries(signals.map((s) => [s.kind, s.reasons])), uploadAttempted: false };
  const { view, uploadAction } = await evaluate(host, frameState);
  if (state.host === host) await setBadge(sender.tabId, view.verdict);
  const dismissed = view.assessment && (await readSettings()).dismissed.includes(view.assessment.service.id);
  const banner = view.moment === 'sign-in' && !dismissed ? bannerFor(view, view.verdict?.action ?? 'inform', false) : null;
  return { banner, upload: uploadAction };
}
