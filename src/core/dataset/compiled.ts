// The compiled dataset: what the build writes and the extension and CLI load.
import type { HostRule, Jurisdiction, Service } from './schema.ts';
import type { Preset } from '../policy/types.ts';
import type { ValidDataset } from './validate.ts';

export const DATASET_FORMAT = 1;

export interface CompiledDataset {
  format: typeof DATASET_FORMAT;
  /** e.g. "2026-11-28.3f9a1c2b": the newest review date and a hash of the content. */
  version: string;
  services: Service[];
  jurisdictions: Jurisdiction[];
  presets: Preset[];
  /** host → [service index, host-rule index]; built once so lookups never scan. */
  hosts: Record<string, [number, number]>;
}

export function compileDataset(dataset: ValidDataset, presets: Preset[], hash: string): CompiledDataset {
  const hosts: Record<string, [number, number]> = {};
  dataset.services.forEach((s, si) => s.hosts.forEach((rule, ri) => { hosts[rule.host] = [si, ri]; }));
  const newest = [...dataset.services.map((s) => s.lastReviewed), ...dataset.jurisdictions.map((j) => j.lastReviewed)].sort().at(-1) ?? '0000-00-00';
  return { format: DATASET_FORMAT, version: `${newest}.${hash.slice(0, 8)}`, ...dataset, presets, hosts };
}

/** Match patterns for the content scripts: the hosts of every service, https only. */
export function matchPatterns(services: Service[]): string[] {
  const patterns = new Set<string>();
  for (const s of services) for (const rule of s.hosts) patterns.add(patternFor(rule));
  return [...patterns].sort();
}

function patternFor(rule: HostRule): string {
  return rule.match === 'subdomains' ? `https://*.${rule.host}/*` : `https://${rule.host}/*`;
}

/** A cheap structural check for a dataset loaded at run time (the build did the full validation). */
export function isCompiledDataset(value: unknown): value is CompiledDataset {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CompiledDataset>;
  return v.format === DATASET_FORMAT && typeof v.version === 'string' && Array.isArray(v.services)
    && Array.isArray(v.jurisdictions) && Array.isArray(v.presets) && v.presets.length > 0 && typeof v.hosts === 'object' && v.hosts !== null;
}
