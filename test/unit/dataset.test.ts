// The real dataset: valid, complete enough, canonical; and the validator names file and field.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, ROOT } from '../../scripts/lib/dataset-files.ts';
import { makeLookup } from '../../src/core/dataset/lookup.ts';
import { assess } from '../../src/core/exposure/index.ts';

const today = new Date().toISOString().slice(0, 10);
const { compiled, problems } = buildDataset(join(ROOT, 'data'), today);
const lookup = makeLookup(compiled);
const jurisdictions = new Map(compiled.jurisdictions.map((j) => [j.code, j]));

describe('the dataset', () => {
  it('validates with no problems', () => {
    expect(problems).toEqual([]);
  });

  it('covers at least 80 services and 25 jurisdictions, including the required ones', () => {
    expect(compiled.services.length).toBeGreaterThanOrEqual(80);
    expect(compiled.jurisdictions.length).toBeGreaterThanOrEqual(25);
    const codes = compiled.jurisdictions.map((j) => j.code);
    for (const cc of 'CN HK US RU GB AU NZ CA IN JP KR SG CH DE FR IE NL SE FI LU EU TR AE BR IL'.split(' ')) expect(codes).toContain(cc);
  });

  it('every deployment, law and event has an https source with an access date', () => {
    const all = [
      ...compiled.services.flatMap((s) => [...s.deployments.flatMap((d) => d.sources), ...(s.events ?? []).flatMap((e) => e.sources)]),
      ...compiled.jurisdictions.flatMap((j) => j.laws.flatMap((l) => l.sources)),
    ];
    expect(all.length).toBeGreaterThan(200);
    for (const s of all) {
      expect(s.url.startsWith('https://')).toBe(true);
      expect(s.accessed <= today).toBe(true);
    }
  });

  it('knows the regional splits Keyholder exists for', () => {
    const icloudCn = assess(lookup('www.icloud.com.cn')!.service, lookup('www.icloud.com.cn')!.rule, { accountRegion: null, featuresOn: [] }, jurisdictions);
    const cn = icloudCn.exposures[0]!;
    expect(cn.deployment.id).toBe('china-mainland');
    expect(cn.deployment.operator.country).toBe('CN');
    expect(cn.deployment.keys.location).toEqual(['CN']);
    expect(cn.jurisdictions.map((j) => j.code)).toContain('CN');
    const icloud = lookup('www.icloud.com')!;
    expect(icloud.service.deployments.map((d) => d.id).sort()).toEqual(['china-mainland', 'global']);
    const adp = icloud.service.deployments.find((d) => d.id === 'global')!.e2ee.find((e) => e.feature?.includes('Advanced Data Protection'));
    expect(adp?.unavailableIn).toContain('GB');
    for (const host of ['login.live.com', 'accounts.google.com', 'appleid.apple.com', 'login.partner.microsoftonline.cn']) {
      expect(lookup(host), host).not.toBeNull();
    }
  });

  it('rejects a broken entry, naming the file and the field', () => {
    let output = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/compile-dataset.ts', '--data', 'test/fixtures/broken-data'],
        { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      output = (err as { stderr: string }).stderr;
    }
    expect(output).toContain('http-source.json: deployments[0].sources[0].url: sources must be https');
    expect(output).toContain('broken-box.json: deployments[0].operator.country: country "ZZ" has no file in data/jurisdictions/');
    expect(output).toContain('broken-box.json: deployments[0].sources[0].accessed: 2099-01-01 is in the future');
    expect(output).toContain('broken-box.json: deployments[0].storage: no source supports "storage"');
  }, 20_000);
});
