import type { PolicyLayer } from '../../core/policy/types.ts';
import type { Settings } from '../../storage/settings.ts';
import { readSettings, updateSettings } from '../settings-store.ts';

export const handleGetSettings = (): Promise<Settings> => readSettings();

export const handleSetAccountRegion = ({ region }: { region: string | null }): Promise<Settings> =>
  updateSettings((s) => ({ ...s, accountRegion: region }));

export const handleSetPolicy = ({ policy }: { policy: PolicyLayer }): Promise<Settings> =>
  updateSettings((s) => ({ ...s, policy }));
