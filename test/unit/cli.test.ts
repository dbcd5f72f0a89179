import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

describe('keyholder CLI', () => {
  it('assesses iCloud China like the popup', () => {
    const { code, out } = main(['assess', 'https://www.icloud.com.cn/', '--moment', 'sign-in']);
    expect(code).toBe(0);
    expect(out).toContain('Operated by Guizhou');
    expect(out).toContain('Data stored in: China');
    expect(out).toContain('Encryption keys held by the local operator in China');
    expect(out).toMatch(/read 2026-\d\d-\d\d/);
  });

  it('follows --region and prints JSON with --json', () => {
    const cn = JSON.parse(main(['assess', 'www.icloud.com', '--region', 'CN', '--json']).out);
    expect(cn.assessment.exposures.map((e: { deployment: { id: string } }) => e.deployment.id)).toEqual(['china-mainland']);
    const unset = JSON.parse(main(['assess', 'www.icloud.com', '--json']).out);
    expect(unset.assessment.ambiguous).toBe(true);
  });

  it('says unknown for a host outside the dataset, and never treats userinfo as the host', () => {
    expect(main(['assess', 'https://drive.google.com@evil.example/']).out).toContain('evil.example is not in Keyholder');
  });

  it('lists services, filtered by a jurisdiction that can reach them', () => {
    const all = main(['list']).out.split('\n');
    const cn = main(['list', '--jurisdiction', 'CN']).out.split('\n');
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(cn.length).toBeLessThan(all.length);
    expect(cn.some((l) => l.startsWith('icloud '))).toBe(true);
  });

  it('refuses bad arguments with a clear message', () => {
    expect(main(['assess', 'x', '--region', 'China'])).toMatchObject({ code: 2 });
    expect(main(['assess', 'x', '--preset', 'nope']).out).toContain('unknown preset');
    expect(main(['frobnicate'])).toMatchObject({ code: 2 });
  });
});
