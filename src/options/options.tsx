// Options: the account region (which deployment serves you) and the policy preset.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../storage/settings.ts';
import { send } from '../messaging/send.ts';
import { countryName, t } from '../ui/i18n.ts';
import { REGION_CODES } from '../core/dataset/regions.ts';
import { PRESET_IDS } from '../core/policy/types.ts';


export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => { send('get-settings', {}).then(setSettings, (e: Error) => setStatus(e.message)); }, []);
  if (!settings) return <main><p role="status">{status || t('loading')}</p></main>;

  const save = (p: Promise<Settings>) => p.then((s) => { setSettings(s); setStatus(t('saved')); }, (e: Error) => setStatus(e.message));
  const regions = REGION_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <label for="region">{t('accountRegion')}</label>
      <p class="note muted" id="region-help">{t('accountRegionHelp')}</p>
      <select id="region" aria-describedby="region-help" value={settings.accountRegion ?? ''}
        onChange={(e) => save(send('set-account-region', { region: (e.currentTarget as HTMLSelectElement).value || null }))}>
        <option value="">{t('regionNotSet')}</option>
        {regions.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
      </select>
      <label for="preset">{t('policyPreset')}</label>
      <select id="preset" value={settings.policy.preset ?? 'standard'}
        onChange={(e) => save(send('set-policy', { policy: { ...settings.policy, preset: (e.currentTarget as HTMLSelectElement).value } }))}>
        {PRESET_IDS.map((id) => <option key={id} value={id}>{t(`preset_${id.replaceAll('-', '_')}`)}</option>)}
      </select>
      <p role="status" aria-live="polite" data-testid="status">{status}</p>
      <p class="note muted">{t('privacyPromise')}</p>
    </main>
  );
}
