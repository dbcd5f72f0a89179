import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOfInput, hostOfUrl, makeLookup, normaliseHost } from '../../src/core/dataset/lookup.ts';
import { hostIndex, services } from '../fixtures/engine-dataset.ts';

const lookup = makeLookup({ services, hosts: hostIndex });
const idOf = (url: string) => {
  const host = hostOfUrl(url);
  return host ? lookup(host)?.service.id ?? null : null;
};

describe('host lookup', () => {
  it.each([
    ['https://www.fruitcloud.example/', 'fruitcloud'],
    ['https://fruitcloud.example/', 'fruitcloud'],
    ['https://WWW.FruitCloud.Example./path', 'fruitcloud'],
    ['https://www.fruitcloud.example:8443/x', 'fruitcloud'],
    ['https://login.fruit.example/', 'fruitcloud'],
    ['https://a.login.fruit.example/', null], // exact rule: no subdomains
    ['https://fruit.example/', null],
    ['https://fruitcloud.example.evil.example/', null], // lookalike suffix
    ['https://fruitcloud.example@evil.example/', null], // userinfo is not the host
    ['https://evil.example/?u=https://fruitcloud.example', null],
    ['https://notfruitcloud.example/', null], // substring is not a match
    ['http://127.0.0.1/', null],
    ['data:text/html,fruitcloud.example', null],
    ['about:blank', null],
    ['https://cloudbox.example/', 'cloudbox'],
  ])('%s → %s', (url, expected) => {
    expect(idOf(url)).toBe(expected);
  });

  it('carries the deployment a host implies', () => {
    expect(lookup('www.fruitcloud.cn.example')?.rule.deployment).toBe('china');
    expect(lookup('www.fruitcloud.example')?.rule.deployment).toBeUndefined();
  });

  it('normalises IDN to punycode and rejects non-hosts', () => {
    expect(normaliseHost('BÜCHER.example')).toBe('xn--bcher-kva.example');
    expect(normaliseHost('a..b')).toBeNull();
    expect(normaliseHost('')).toBeNull();
    expect(normaliseHost('x.example/path')).toBeNull();
    expect(hostOfInput('fruitcloud.example')).toBe('fruitcloud.example');
    expect(hostOfInput('https://fruitcloud.example/a')).toBe('fruitcloud.example');
  });

  it('never matches a host that does not end in a dataset host (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom('example', 'com', 'co.uk', 'evil.example'), (labels, tld) => {
      const host = [...labels, tld].join('.');
      const match = lookup(host);
      if (match) expect(host === match.rule.host || host.endsWith(`.${match.rule.host}`)).toBe(true);
    }));
  });

  it('finds every subdomain of a subdomains rule, in any case and with a trailing dot (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(fc.property(fc.array(label, { maxLength: 3 }), fc.boolean(), fc.boolean(), (labels, upper, dot) => {
      let host = [...labels, 'fruitcloud.example'].join('.');
      if (upper) host = host.toUpperCase();
      if (dot) host += '.';
      expect(lookup(host)?.service.id).toBe('fruitcloud');
    }));
  });

  it('agrees with the WHATWG URL parser on generated URLs (property)', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => {
      const host = hostOfUrl(url);
      const parsed = new URL(url);
      expect(host).toBe(parsed.hostname.replace(/\.$/, '') || null);
    }));
  });
});
