// Validates data/ and writes build/dataset.json. Fails, naming file and field, on any problem.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, formatProblems, ROOT } from './lib/dataset-files.ts';

// --data <dir> compiles another data folder (the tests use fixtures this way).
const dataArg = process.argv.indexOf('--data');
const { compiled, problems, stale } = buildDataset(dataArg > 0 ? process.argv[dataArg + 1] : undefined);
if (problems.length) {
  console.error(`The dataset has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
mkdirSync(join(ROOT, 'build'), { recursive: true });
const json = JSON.stringify(compiled);
writeFileSync(join(ROOT, 'build', 'dataset.json'), json);
const deployments = compiled.services.flatMap((s) => s.deployments);
const byConfidence: Record<string, number> = {};
for (const d of deployments) byConfidence[d.confidence] = (byConfidence[d.confidence] ?? 0) + 1;
console.log(`dataset ${compiled.version}: ${compiled.services.length} services, ${deployments.length} deployments ` +
  `(${Object.entries(byConfidence).map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
  `${compiled.jurisdictions.length} jurisdictions, ${compiled.jurisdictions.reduce((n, j) => n + j.laws.length, 0)} laws, ` +
  `${(json.length / 1024).toFixed(1)} KiB`);
if (stale.length) console.warn(`Past the review window: ${stale.join(', ')}`);
