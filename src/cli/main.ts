// keyholder assess <url|host> [--region CC] [--preset NAME] [--moment visit|sign-in|upload] [--json]
// keyholder list [--jurisdiction CC] [--json]
// The same assessment as the popup, from the same core, over the dataset in data/.
import { parseArgs } from 'node:util';
import { buildDataset } from '../../scripts/lib/dataset-files.ts';
import { hostOfInput, makeLookup } from '../core/dataset/lookup.ts';
import { assess } from '../core/exposure/index.ts';
import { effectivePolicy, MOMENTS, verdictFor, type Moment } from '../core/policy/index.ts';
import type { TabView } from '../core/view/tab-view.ts';
import { formatView } from './format.ts';

const USAGE = `usage:
  keyholder assess <url|host> [--region CC] [--preset NAME] [--moment visit|sign-in|upload] [--json]
  keyholder list [--jurisdiction CC] [--json]`;

export function main(argv: string[]): { code: number; out: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
      region: { type: 'string' }, preset: { type: 'string' }, moment: { type: 'string' },
      jurisdiction: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    } });
  } catch (err) {
    return { code: 2, out: `${(err as Error).message}\n${USAGE}` };
  }
  const { values, positionals: [command, target] } = parsed;
  if (values.help || !command) return { code: command ? 0 : 2, out: USAGE };
  const { compiled, problems } = buildDataset();
  if (problems.length) return { code: 1, out: `The dataset has ${problems.length} problem(s); run npm run dataset.` };
  const region = values.region?.toUpperCase() ?? null;
  if (region && !/^[A-Z]{2}$/.test(region)) return { code: 2, out: `--region takes a two-letter country code, not "${values.region}"` };

  if (command === 'list') {
    const cc = values.jurisdiction?.toUpperCase();
    const jurisdictions = new Map(compiled.jurisdictions.map((j) => [j.code, j]));
    const services = compiled.services.filter((s) => !cc || s.deployments.some((d) =>
      assess(s, null, { accountRegion: null, featuresOn: [] }, jurisdictions).exposures
        .some((e) => e.deployment.id === d.id && e.jurisdictions.some((j) => j.code === cc))));
    if (values.json) return { code: 0, out: JSON.stringify(services.map((s) => ({ id: s.id, name: s.name, provider: s.provider, deployments: s.deployments.map((d) => d.id) })), null, 2) };
    return { code: 0, out: services.map((s) => `${s.id.padEnd(24)} ${s.name} (${s.provider}) — ${s.deployments.map((d) => d.id).join(', ')}`).join('\n') };
  }
  if (command !== 'assess' || !target) return { code: 2, out: USAGE };
  const moment = (values.moment ?? 'visit') as Moment;
  if (!MOMENTS.includes(moment)) return { code: 2, out: `--moment is one of ${MOMENTS.join(', ')}` };
  if (values.preset && !compiled.presets.some((p) => p.id === values.preset)) {
    return { code: 2, out: `unknown preset "${values.preset}"; presets: ${compiled.presets.map((p) => p.id).join(', ')}` };
  }
  const host = hostOfInput(target);
  if (!host) return { code: 2, out: `"${target}" is not a URL or host name` };
  const policy = effectivePolicy(compiled.presets, { preset: values.preset }, {});
  const match = makeLookup(compiled)(host);
  const assessment = match ? assess(match.service, match.rule, { accountRegion: region, featuresOn: [] }, new Map(compiled.jurisdictions.map((j) => [j.code, j]))) : null;
  const view: TabView = {
    status: match ? 'known' : 'unknown-service', host, assessment, verdict: verdictFor(policy, assessment, moment), moment,
    accountRegion: region, presetName: policy.preset.name, datasetVersion: compiled.version,
  };
  return { code: 0, out: values.json ? JSON.stringify(view, null, 2) : formatView(view) };
}
