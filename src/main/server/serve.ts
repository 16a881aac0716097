// Entry for `npm run serve`: Koers in the browser, for locked-down laptops and end-to-end tests.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/create-core.js';
import { createKoersServer } from './create-server.js';
import { parsePort } from './serve-args.js';
import { userDataDir } from './user-data-dir.js';

async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2));
  if (port instanceof Error) {
    console.error(port.message);
    process.exitCode = 2;
    return;
  }
  const staticDir = fileURLToPath(new URL('../../renderer', import.meta.url));
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.error(
      `De gebouwde app ontbreekt in ${staticDir}. Start met "npm run serve", dat eerst bouwt.`,
    );
    process.exitCode = 1;
    return;
  }
  const dataDir = userDataDir({
    platform: process.platform,
    homeDir: os.homedir(),
    env: process.env,
  });
  const core = await createCore({ dataDir, shell: 'browser' });
  let server;
  try {
    server = await createKoersServer({ core, staticDir, port });
  } catch (error) {
    await core.dispose();
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      inUse ? `Poort ${port} is al in gebruik; kies een andere met --port.` : String(error),
    );
    process.exitCode = 1;
    return;
  }
  console.log(`Koers draait. Open deze link in uw browser (stoppen met Ctrl+C): ${server.url}`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // Dispose the core even if the server refuses to close, so every engagement file is
    // checkpointed and left as one self-contained file.
    void server
      .close()
      .catch(() => undefined)
      .then(() => core.dispose())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
