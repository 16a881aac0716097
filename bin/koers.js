#!/usr/bin/env node
// Launcher for the `koers` command line. The CLI itself is TypeScript compiled to out/.
import fs from 'node:fs';

const entry = new URL('../out/main/cli/main.js', import.meta.url);
if (!fs.existsSync(entry)) {
  process.stderr.write('Koers is nog niet gebouwd: voer eerst "npm run build" uit.\n');
  process.exit(2);
}
const { runFromProcess } = await import(entry.href);
await runFromProcess();
