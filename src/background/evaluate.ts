// Host + what the page showed → the tab view: dataset lookup, exposure for the user's context,
// the moment (the dataset's host role first, then the detectors), and the policy verdict.
import { assess } from '../core/exposure/index.ts';
import { effectivePolicy, verdictFor, type Action, type Moment } from '../core/policy/index.ts';
import type { TabView } from '../core/view/tab-view.ts';
import { dataset } from './dataset.ts';
import { readManagedPolicy, readSettings } from './settings-store.ts';
import type { TabState } from './tab-state.ts';

export interface Evaluation { view: TabView; uploadAction: Action }

export async function evaluate(host: string | null, state: Pick<TabState, 'signals' | 'uploadAttempted'> | null): Promise<Evaluation> {
  const [loaded, settings, managed] = await Promise.all([dataset(), readSettings(), readManagedPolicy()]);
  const signals = Object.keys(state?.signals ?? {});
  const base = { host, moment: null, accountRegion: settings.accountRegion, assessment: null, verdict: null, signals };
  if (!loaded.ok) {
    return { view: { ...base, status: 'degraded', presetName: null, datasetVersion: null, problem: loaded.problem }, uploadAction: 'warn' };
  }
  const policy = effectivePolicy(loaded.compiled.presets, settings.policy, managed);
  const common = { ...base, presetName: policy.preset.name, datasetVersion: loaded.compiled.version };
  if (!host) return { view: { ...common, status: 'no-site' }, uploadAction: 'inform' };
  const match = loaded.lookup(host);
  const moment: Moment = state?.uploadAttempted ? 'upload'
    : state?.signals['sign-in'] || match?.rule.role === 'sign-in' ? 'sign-in' : 'visit';
  if (!match) {
    return { view: { ...common, status: 'unknown-service', moment, verdict: verdictFor(policy, null, moment) }, uploadAction: verdictFor(policy, null, 'upload').action };
  }
  const assessment = assess(match.service, match.rule, { accountRegion: settings.accountRegion, featuresOn: settings.featuresOn }, loaded.jurisdictions);
  return {
    view: { ...common, status: 'known', moment, assessment, verdict: verdictFor(policy, assessment, moment) },
    uploadAction: verdictFor(policy, assessment, 'upload').action,
  };
}
