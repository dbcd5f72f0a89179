// Checks one data file against the schema (for people editing data/): npx tsx scripts/check-data.ts <file>...
import { readFileSync } from 'node:fs';
import { jurisdiction, service } from '../src/core/dataset/schema.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  const schema = file.includes('jurisdictions') ? jurisdiction : service;
  let data: unknown;
  try { data = JSON.parse(readFileSync(file, 'utf8')); } catch (err) {
    console.error(`${file}: not valid JSON: ${(err as Error).message}`); failed = true; continue;
  }
  const result = schema.safeParse(data);
  if (result.success) console.log(`${file}: ok (schema only; run npm run dataset for the cross-file rules)`);
  else {
    failed = true;
    for (const issue of result.error.issues) console.error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
