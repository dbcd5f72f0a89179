import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../src/storage/settings.ts';
import { isPolicyLayer } from '../../src/storage/policy-layer.ts';

describe('settings', () => {
  it('keeps every valid field and drops the malformed ones', () => {
    expect(repairSettings({ accountRegion: 'CN', featuresOn: ['Advanced Data Protection'], policy: { preset: 'e2ee-only' }, dismissed: ['icloud'] }))
      .toEqual({ version: 1, accountRegion: 'CN', featuresOn: ['Advanced Data Protection'], policy: { preset: 'e2ee-only' }, dismissed: ['icloud'] });
    expect(repairSettings({ accountRegion: 'cn', featuresOn: 'x', policy: { preset: 'e2ee-only', x: 1 }, dismissed: [1] })).toEqual(DEFAULT_SETTINGS);
  });

  it('turns anything stored into valid settings, and repairing twice changes nothing (property)', () => {
    fc.assert(fc.property(fc.anything(), (stored) => {
      const once = repairSettings(stored);
      expect(isPolicyLayer(once.policy)).toBe(true);
      expect(once.accountRegion === null || /^[A-Z]{2}$/.test(once.accountRegion)).toBe(true);
      expect(repairSettings(once)).toEqual(once);
    }));
  });

  it('refuses policy layers with prototype keys or unknown values', () => {
    expect(isPolicyLayer(JSON.parse('{"__proto__":{"x":1}}'))).toBe(false);
    expect(isPolicyLayer({ trust: { CN: 'hostile' } })).toBe(false);
    expect(isPolicyLayer({ actions: { upload: { high: 'explode' } } })).toBe(false);
    expect(isPolicyLayer({ trust: { CN: 'distrusted' }, actions: { upload: { high: 'block' } }, denyServices: ['icloud'] })).toBe(true);
  });
});
