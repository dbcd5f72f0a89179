// Reads data/ from disk and runs the validator; shared by the build, the CLI checks and tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileDataset, type CompiledDataset } from '../../src/core/dataset/compiled.ts';
import { presets as presetsSchema } from '../../src/core/dataset/schema.ts';
import type { Preset } from '../../src/core/policy/types.ts';
import { validateDataset, type DataFile, type DatasetProblem } from '../../src/core/dataset/validate.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export function readDataFiles(dir: string): DataFile[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const path = join(dir, f);
    const file = relative(ROOT, path);
    try {
      return { file, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    } catch (err) {
      return { file, data: { __unreadable: (err as Error).message } };
    }
  });
}

export interface BuiltDataset { compiled: CompiledDataset; problems: DatasetProblem[]; stale: string[] }

export function buildDataset(dataDir = join(ROOT, 'data'), today = new Date().toISOString().slice(0, 10)): BuiltDataset {
  const serviceFiles = readDataFiles(join(dataDir, 'services'));
  const jurisdictionFiles = readDataFiles(join(dataDir, 'jurisdictions'));
  const { dataset, problems, stale } = validateDataset(serviceFiles, jurisdictionFiles, today);
  const presets = readPresets(join(dataDir, 'presets.json'), problems);
  const hash = createHash('sha256').update(JSON.stringify([dataset, presets])).digest('hex');
  return { compiled: compileDataset(dataset, presets, hash), problems, stale };
}

function readPresets(path: string, problems: DatasetProblem[]): Preset[] {
  const file = relative(ROOT, path);
  let data: unknown;
  try { data = JSON.parse(readFileSync(path, 'utf8')); } catch (err) {
    problems.push({ file, field: '(root)', message: `not readable JSON: ${(err as Error).message}` });
    return [];
  }
  const result = presetsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.') || '(root)', message: issue.message });
    return [];
  }
  return result.data as Preset[];
}

export function formatProblems(problems: DatasetProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n');
}
