import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/exposure/index.ts';
import type { UserContext } from '../../src/core/exposure/types.ts';
import { jurisdictionIndex, services } from '../fixtures/engine-dataset.ts';

const service = (id: string) => services.find((s) => s.id === id)!;
const ctx = (over: Partial<UserContext> = {}): UserContext => ({ accountRegion: null, featuresOn: [], ...over });
const rule = (serviceId: string, host: string) => service(serviceId).hosts.find((h) => h.host === host)!;
const one = (serviceId: string, context: UserContext, host?: string) => {
  const a = assess(service(serviceId), host ? rule(serviceId, host) : null, context, jurisdictionIndex);
  expect(a.exposures).toHaveLength(1);
  return a.exposures[0]!;
};

describe('exposure', () => {
  it('a China-region account on the local-partner deployment: China reaches content through storage, operator and keys', () => {
    const e = one('fruitcloud', ctx({ accountRegion: 'CN' }));
    expect(e.deployment.id).toBe('china');
    expect(e.basis).toBe('region');
    const cn = e.jurisdictions.find((j) => j.code === 'CN')!;
    expect(cn.ties.map((t) => t.tie).sort()).toEqual(['keys', 'market', 'operator', 'storage']);
    expect(cn.weakestOversight).toBe('executive');
    expect(e.categories.find((c) => c.category === 'mail')?.exposure).toBe('content');
    expect(e.severity).toBe('high');
    // The parent is in the US, so US law reaches too, through the parent.
    expect(e.jurisdictions.find((j) => j.code === 'US')?.ties.map((t) => t.tie)).toEqual(['parent']);
  });

  it('the host can decide the deployment whatever the region', () => {
    expect(one('fruitcloud', ctx({ accountRegion: 'DE' }), 'fruitcloud.cn.example').deployment.id).toBe('china');
  });

  it('with the region unset and several deployments, every candidate is shown', () => {
    const a = assess(service('fruitcloud'), null, ctx(), jurisdictionIndex);
    expect(a.ambiguous).toBe(true);
    expect(a.exposures.map((e) => e.deployment.id)).toEqual(['global', 'china']);
    expect(a.exposures.every((e) => e.basis === 'default-region-unset')).toBe(true);
  });

  it('a US provider storing in the EU: the US reaches through the operator (CLOUD Act), Germany and the EU through storage', () => {
    const e = one('cloudbox', ctx({ accountRegion: 'FR' }));
    const us = e.jurisdictions.find((j) => j.code === 'US')!;
    expect(us.ties.map((t) => t.tie)).toEqual(['operator']);
    expect(us.laws.map((h) => h.law.id)).toEqual(['us-cloud-act', 'us-nsl']);
    expect(us.inactive.map((h) => h.law.id)).toEqual(['us-702']);
    expect(e.jurisdictions.find((j) => j.code === 'DE')?.ties.map((t) => t.tie)).toEqual(['storage', 'keys']);
    expect(e.jurisdictions.find((j) => j.code === 'EU')?.laws.map((h) => h.law.id)).toEqual(['eu-e-evidence']);
    expect(e.severity).toBe('high'); // an NSL needs no judge
  });

  it('an end-to-end encrypted service: metadata only', () => {
    const e = one('safemail', ctx({ accountRegion: 'CH' }));
    expect(e.categories).toEqual([{ category: 'mail', exposure: 'metadata-only', why: ['e2ee-default'] }]);
    expect(e.severity).toBe('low');
    expect(e.unknowns).toContain('keys.location');
  });

  it('an optional E2EE feature: off → content, on → metadata only', () => {
    const off = one('fruitcloud', ctx({ accountRegion: 'US' }));
    expect(off.categories.find((c) => c.category === 'photos')).toEqual({ category: 'photos', exposure: 'content', why: ['feature-off'] });
    const on = one('fruitcloud', ctx({ accountRegion: 'US', featuresOn: ['Advanced Protection'] }));
    expect(on.categories.find((c) => c.category === 'photos')?.exposure).toBe('metadata-only');
  });

  it('a feature unavailable in the region counts as off even when declared on, and a technical-assistance law puts E2EE at risk', () => {
    const gb = one('fruitcloud', ctx({ accountRegion: 'GB', featuresOn: ['Advanced Protection'] }));
    expect(gb.categories.find((c) => c.category === 'photos')).toEqual({ category: 'photos', exposure: 'content', why: ['unavailable-in:GB'] });
    const mail = one('safemail', ctx({ accountRegion: 'GB' }));
    expect(mail.categories[0]).toEqual({ category: 'mail', exposure: 'content-at-risk', why: ['e2ee-default', 'technical-assistance:gb-ipa-tcn'] });
    expect(mail.severity).toBe('medium');
  });

  it('unknown facts stay unknown and add no jurisdiction', () => {
    const e = one('fruitcloud', ctx({ accountRegion: 'US' }));
    expect(e.unknowns).toEqual(['storage', 'keys.location']);
    expect(e.jurisdictions.map((j) => j.code)).toEqual(['US']);
  });

  it('every result carries its reasoning path and sources', () => {
    const e = one('cloudbox', ctx({ accountRegion: 'FR' }));
    for (const j of e.jurisdictions) expect(j.ties.every((t) => t.via.length > 0)).toBe(true);
    expect(e.sources.length).toBeGreaterThan(0);
  });
});
