// Loads the bundled dataset once per service-worker life. A missing or corrupt dataset puts the
// extension in a degraded mode that says so, instead of throwing.
import browser from '../platform/browser.ts';
import { isCompiledDataset, type CompiledDataset } from '../core/dataset/compiled.ts';
import { makeLookup, type Lookup } from '../core/dataset/lookup.ts';
import type { Jurisdiction } from '../core/dataset/schema.ts';

export type LoadedDataset =
  | { ok: true; compiled: CompiledDataset; lookup: Lookup; jurisdictions: ReadonlyMap<string, Jurisdiction> }
  | { ok: false; problem: string };

let loading: Promise<LoadedDataset> | null = null;

export function dataset(): Promise<LoadedDataset> {
  loading ??= load();
  return loading;
}

async function load(): Promise<LoadedDataset> {
  try {
    const response = await fetch(browser.runtime.getURL('dataset.json'));
    if (!response.ok) return { ok: false, problem: `dataset.json could not be read (${response.status})` };
    const value: unknown = await response.json();
    if (!isCompiledDataset(value)) return { ok: false, problem: 'dataset.json is not a Keyholder dataset of this version' };
    return {
      ok: true,
      compiled: value,
      lookup: makeLookup(value),
      jurisdictions: new Map(value.jurisdictions.map((j) => [j.code, j])),
    };
  } catch (err) {
    return { ok: false, problem: `dataset.json could not be loaded: ${(err as Error).message}` };
  }
}
