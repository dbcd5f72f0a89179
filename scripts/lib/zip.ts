// Deterministic zip: sorted entries, fixed timestamps, so two clean builds give identical bytes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const FIXED_TIME = new Date('2026-01-01T00:00:00Z');

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function zipDirectory(dir: string, out: string): number {
  const entries: Zippable = {};
  for (const path of files(dir)) entries[relative(dir, path).split('\\').join('/')] = [readFileSync(path), { mtime: FIXED_TIME, level: 9 }];
  const bytes = zipSync(entries);
  writeFileSync(out, bytes);
  return bytes.length;
}
