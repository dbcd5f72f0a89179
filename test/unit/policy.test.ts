import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assess } from '../../src/core/exposure/index.ts';
import { effectivePolicy, PRESET_IDS, verdictFor, type Preset } from '../../src/core/policy/index.ts';
import { presets as presetsSchema } from '../../src/core/dataset/schema.ts';
import { jurisdictionIndex, services } from '../fixtures/engine-dataset.ts';

const presets = presetsSchema.parse(JSON.parse(readFileSync(new URL('../../data/presets.json', import.meta.url), 'utf8'))) as Preset[];
const service = (id: string) => services.find((s) => s.id === id)!;
const assessment = (id: string, accountRegion: string | null) => assess(service(id), null, { accountRegion, featuresOn: [] }, jurisdictionIndex);

describe('policy', () => {
  it('ships the presets the product promises, and the options page offers exactly those', () => {
    expect(presets.map((p) => p.id)).toEqual(expect.arrayContaining(['inform-only', 'independent-judge', 'eu-adequacy', 'e2ee-only', 'distrust-list']));
    expect(presets.map((p) => p.id)).toEqual([...PRESET_IDS]);
  });

  it('inform only never raises past inform', () => {
    const policy = effectivePolicy(presets, { preset: 'inform-only' }, {});
    for (const moment of ['visit', 'sign-in', 'upload'] as const) {
      expect(verdictFor(policy, assessment('fruitcloud', 'CN'), moment).action).toBe('inform');
    }
  });

  it('no access without an independent judge: confirm an upload to a deployment reachable by executive order', () => {
    const policy = effectivePolicy(presets, { preset: 'independent-judge' }, {});
    const v = verdictFor(policy, assessment('fruitcloud', 'CN'), 'upload');
    expect(v.action).toBe('confirm');
    expect(v.fired).toContain('rule:no-independent-judge:CN');
    expect(verdictFor(policy, assessment('safemail', 'CH'), 'upload').action).toBe('inform');
  });

  it('EU/EEA and adequacy only: a US operator fires the rule', () => {
    const policy = effectivePolicy(presets, { preset: 'eu-adequacy' }, {});
    const v = verdictFor(policy, assessment('cloudbox', 'FR'), 'upload');
    expect(v.fired).toContain('rule:outside-trusted:US');
    expect(v.fired).not.toContain('rule:outside-trusted:DE');
    expect(v.action).toBe('confirm');
  });

  it('end-to-end encrypted only: readable categories fire, E2EE ones do not', () => {
    const policy = effectivePolicy(presets, { preset: 'e2ee-only' }, {});
    expect(verdictFor(policy, assessment('cloudbox', 'FR'), 'upload').fired).toContain('rule:not-e2ee:all');
    expect(verdictFor(policy, assessment('safemail', 'CH'), 'upload').fired).toEqual(['base:low']);
  });

  it('a distrusted jurisdiction chosen by the user blocks uploads', () => {
    const policy = effectivePolicy(presets, { preset: 'distrust-list', trust: { CN: 'distrusted' } }, {});
    expect(verdictFor(policy, assessment('fruitcloud', 'CN'), 'upload').action).toBe('block');
    expect(verdictFor(policy, assessment('cloudbox', 'FR'), 'upload').action).toBe('warn');
  });

  it('managed policy overrides the user and is reported as locked', () => {
    const policy = effectivePolicy(presets, { preset: 'inform-only', allowServices: ['fruitcloud'] }, { preset: 'independent-judge', denyServices: ['cloudbox'] });
    expect(policy.preset.id).toBe('independent-judge');
    expect(policy.locked).toEqual(['preset', 'denyServices']);
    expect(verdictFor(policy, assessment('cloudbox', 'FR'), 'upload')).toMatchObject({ action: 'block', fired: ['deny-list'] });
    expect(verdictFor(policy, assessment('fruitcloud', 'CN'), 'upload')).toMatchObject({ action: 'inform', fired: ['allow-list'] });
  });

  it('unknown services are unknown, never graded', () => {
    const policy = effectivePolicy(presets, {}, {});
    expect(verdictFor(policy, null, 'upload')).toEqual({ action: 'inform', severity: 'unknown-service', fired: ['unknown-service'] });
  });

  it('with the region unset, the worst candidate decides', () => {
    const policy = effectivePolicy(presets, { preset: 'distrust-list', trust: { CN: 'distrusted' } }, {});
    expect(verdictFor(policy, assessment('fruitcloud', null), 'upload').action).toBe('block');
  });
});
