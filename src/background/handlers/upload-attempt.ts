import { hostOfUrl } from '../../core/dataset/lookup.ts';
import type { BannerModel, Request } from '../../messaging/protocol.ts';
import { setBadge } from '../badge.ts';
import { bannerFor } from '../banner.ts';
import { evaluate } from '../evaluate.ts';
import type { Sender } from '../router.ts';
import { recordUploadAttempt } from '../tab-state.ts';

/** The user tried to upload: record the moment and explain what the guard did (or will ask). */
export async function handleUploadAttempt(_: Request<'upload-attempt'>, sender: Sender): Promise<BannerModel | null> {
  if (sender.kind !== 'content') return null;
  const host = hostOfUrl(sender.url);
  if (!host) return null;
  const state = await recordUploadAttempt(sender.tabId, host);
  const { view, uploadAction } = await evaluate(host, state.host === host ? state : { signals: {}, uploadAttempted: true });
  if (state.host === host) await setBadge(sender.tabId, view.verdict);
  return bannerFor(view, uploadAction, true);
}
