import { main } from './main.ts';

const { code, out } = main(process.argv.slice(2));
(code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
process.exit(code);
