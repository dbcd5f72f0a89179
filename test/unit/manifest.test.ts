// Both manifests derive from manifest.json; a new permission or host shows up here in review.
import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor } from '../../scripts/lib/manifest.ts';

const matches = ['https://*.icloud.com/*'];

describe('manifests', () => {
  it('asks for the minimal permissions and exposes nothing to pages', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(browser, matches);
      expect(m.permissions).toEqual(['storage', 'activeTab']);
      expect(m).not.toHaveProperty('host_permissions');
      expect(m).not.toHaveProperty('web_accessible_resources');
      expect(m.content_scripts[0]!.matches).toEqual(matches);
      expect((m.content_security_policy as { extension_pages: string }).extension_pages).toContain("connect-src 'self'");
    }
  });
  it('Chrome closes externally_connectable; Firefox gets scripts beside service_worker and gecko settings', () => {
    expect(manifestFor('chrome', matches).externally_connectable).toEqual({ ids: [] });
    const ff = manifestFor('firefox', matches);
    expect(ff.background.scripts).toEqual([ff.background.service_worker]);
    expect(ff.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});
