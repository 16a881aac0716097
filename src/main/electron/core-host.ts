// The entry of the core's utility process (utilityProcess.fork from main.ts). It builds the core
// with the options main passed as its argument and serves it on process.parentPort. Everything
// it does lives in core-host-loop.ts, which is tested without Electron.
import { createCore } from '../core/create-core.js';
import type { HostPort } from './core-protocol.js';
import { parseHostOptions, serveCore } from './core-host-loop.js';

// Electron adds parentPort to `process` in a utility process; plain Node has none.
const port = (process as NodeJS.Process & { parentPort?: HostPort }).parentPort;

if (port === undefined) {
  console.error('core-host.js draait alleen als utility process van Koers (main.ts).');
  process.exitCode = 2;
} else {
  const options = (() => {
    try {
      return Promise.resolve(parseHostOptions(process.argv));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  serveCore(
    port,
    options.then((parsed) => createCore(parsed)),
  );
}
