// Host → service lookup. Normalise with the WHATWG URL parser (case, IDN → punycode, ports,
// userinfo, trailing dot), find the registrable domain with the Public Suffix List, then walk
// from the full host up to that domain through one map: at most one map probe per label.
import { parse } from 'tldts';
import type { CompiledDataset } from './compiled.ts';
import type { HostRule, Service } from './schema.ts';

export interface HostMatch { service: Service; rule: HostRule; host: string }

export type Lookup = (hostname: string) => HostMatch | null;

export function makeLookup(dataset: Pick<CompiledDataset, 'services' | 'hosts'>): Lookup {
  const index = new Map(Object.entries(dataset.hosts));
  return (hostname) => {
    const host = normaliseHost(hostname);
    if (!host) return null;
    const { domain, isIp } = parse(host, { allowPrivateDomains: false, extractHostname: false });
    if (isIp || !domain) return null;
    let candidate = host;
    for (;;) {
      const hit = index.get(candidate);
      if (hit) {
        const service = dataset.services[hit[0]];
        const rule = service?.hosts[hit[1]];
        if (service && rule && (rule.match === 'subdomains' || candidate === host)) return { service, rule, host };
      }
      if (candidate === domain) return null;
      const dot = candidate.indexOf('.');
      if (dot < 0) return null;
      candidate = candidate.slice(dot + 1);
    }
  };
}

/** Lowercase ASCII host without trailing dot, or null when the input is not a host name. */
export function normaliseHost(hostname: string): string | null {
  if (!hostname || hostname.length > 253) return null;
  let host = hostname;
  if (/[^a-z0-9.-]/.test(host)) {
    const parsed = safeUrl(`https://${host}/`);
    if (!parsed || parsed.username || parsed.password || parsed.port || parsed.pathname !== '/') return null;
    host = parsed.hostname;
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host && !host.startsWith('.') && !host.includes('..') ? host : null;
}

/** The host of an http(s) URL, or null. Userinfo is not part of the host. */
export function hostOfUrl(url: string): string | null {
  const parsed = safeUrl(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  return normaliseHost(parsed.hostname);
}

/** Accepts a URL or a bare host (as typed into the CLI) and returns its host, or null. */
export function hostOfInput(input: string): string | null {
  const trimmed = input.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? hostOfUrl(trimmed) : hostOfUrl(`https://${trimmed}`);
}

function safeUrl(text: string): URL | null {
  try { return new URL(text); } catch { return null; }
}
