// The victim of kill-during-session-input.test.ts: a plain Node process on the compiled core that
// captures session inputs as fast as it can, the way a facilitator types at a world café table:
// a new input (session:addInput), then autosaves of it (session:saveInput). It prints
// `ack <n> <inputId>` only after the core answered ok. The parent kills it with SIGKILL at a
// random moment and checks that every acknowledged input is in the file.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const config = JSON.parse(process.argv[2] ?? '{}');
const { coreModule, dataDir, file, partId, start } = config;

/** The text names its counter and ends with a hash of the rest: a torn text cannot pass. */
function textFor(n) {
  const body = `Input ${n}: ${'datagedreven werken aan tafel '.repeat((n % 7) * 40 + 1)}`;
  return `${body} #${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
}

function die(code, message) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const { createCore } = await import(pathToFileURL(coreModule).href);
const core = await createCore({ dataDir, workspaceDir: dataDir, shell: 'test' });
const opened = await core.openPath(file);
if (!opened.ok) die(3, `open: ${opened.error.code} ${opened.error.message}`);
const engagementId = opened.value.engagementId;
process.stdout.write('ready\n');

let inputId = null;
for (let n = start; ; n++) {
  // Every third text starts a new input; the others are autosaves of the current one.
  if (inputId === null || n % 3 === 0) {
    const added = await core.call('session:addInput', {
      engagementId,
      partId,
      round: 1 + (n % 2),
      text: textFor(n),
    });
    if (!added.ok) die(4, `add ${n}: ${added.error.code} ${added.error.message}`);
    inputId = added.value.id;
  } else {
    const saved = await core.call('session:saveInput', { engagementId, inputId, text: textFor(n) });
    if (!saved.ok) die(4, `save ${n}: ${saved.error.code} ${saved.error.message}`);
  }
  process.stdout.write(`ack ${n} ${inputId}\n`);
  await new Promise((resolve) => setImmediate(resolve));
}
