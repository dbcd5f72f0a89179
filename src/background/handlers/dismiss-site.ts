import { hostOfUrl } from '../../core/dataset/lookup.ts';
import { dataset } from '../dataset.ts';
import type { Sender } from '../router.ts';
import { updateSettings } from '../settings-store.ts';

/** "Dismiss for this site": remembers the service of the sender's own page, nothing else. */
export async function handleDismissSite(_: Record<string, never>, sender: Sender): Promise<true> {
  if (sender.kind !== 'content') return true;
  const host = hostOfUrl(sender.url);
  const loaded = await dataset();
  const match = host && loaded.ok ? loaded.lookup(host) : null;
  if (match) {
    const id = match.service.id;
    await updateSettings((s) => (s.dismissed.includes(id) ? s : { ...s, dismissed: [...s.dismissed, id] }));
  }
  return true;
}
