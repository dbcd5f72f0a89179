#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the CLI always uses the current core and data/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}src/cli/run.ts`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
