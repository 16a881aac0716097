// `npm run test:kill -- 1000`: the SIGKILL test of kill-during-save.test.ts with a chosen number
// of kills (default 1000), for a longer check than `npm test` makes. The script builds first.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = process.argv[2] ?? '1000';
const kills = Number(arg);
if (!Number.isInteger(kills) || kills < 1) {
  console.error(`Gebruik: npm run test:kill -- <aantal kills>  (niet: ${arg})`);
  process.exit(2);
}

const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', 'test/reliability/kill-during-save.test.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, KOERS_KILLS: String(kills) } },
);
process.exit(result.status ?? 1);
