// Host + moment → the tab view: dataset lookup, exposure for the user's context, policy verdict.
import { assess } from '../core/exposure/index.ts';
import { effectivePolicy, verdictFor, type Moment } from '../core/policy/index.ts';
import type { TabView } from '../core/view/tab-view.ts';
import { dataset } from './dataset.ts';
import { readManagedPolicy, readSettings } from './settings-store.ts';

export async function evaluate(host: string | null, moment: Moment | null): Promise<TabView> {
  const [loaded, settings, managed] = await Promise.all([dataset(), readSettings(), readManagedPolicy()]);
  const base = { host, moment, accountRegion: settings.accountRegion, assessment: null, verdict: null };
  if (!loaded.ok) return { ...base, status: 'degraded', presetName: null, datasetVersion: null, problem: loaded.problem };
  const policy = effectivePolicy(loaded.compiled.presets, settings.policy, managed);
  const common = { ...base, presetName: policy.preset.name, datasetVersion: loaded.compiled.version };
  if (!host) return { ...common, status: 'no-site' };
  const match = loaded.lookup(host);
  if (!match) return { ...common, status: 'unknown-service', verdict: verdictFor(policy, null, moment ?? 'visit') };
  const assessment = assess(match.service, match.rule, {
    accountRegion: settings.accountRegion, featuresOn: settings.featuresOn,
  }, loaded.jurisdictions);
  return { ...common, status: 'known', assessment, verdict: verdictFor(policy, assessment, moment ?? 'visit') };
}
