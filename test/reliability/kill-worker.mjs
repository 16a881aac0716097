// The victim of kill-during-save.test.ts: a plain Node process on the compiled core that opens
// an engagement file and saves interview notes as fast as it can, printing `ack <n>` only after
// the core answered ok. The parent kills it with SIGKILL at a random moment and then checks
// that every acknowledged save is in the file.
//
// Plain JavaScript on out/ on purpose: this is the code a user runs, started the way a shell
// starts it, without vitest's transform in between.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const config = JSON.parse(process.argv[2] ?? '{}');
const { coreModule, dataDir, file, targets, start, idleCheckpointMs } = config;

const WORDS = (
  'de gemeente wil met data beter sturen op woningbouw en dienstverlening maar de kwaliteit ' +
  'van de gegevens wisselt per afdeling het team informatievoorziening mist capaciteit en de ' +
  'wethouder vraagt om een dashboard privacy en ethiek moeten vanaf het begin meedoen inwoners ' +
  'verwachten transparantie over algoritmes het sociaal domein werkt nog met losse spreadsheets'
).split(' ');

/** Small deterministic generator, so a note's text depends only on its counter. */
function words(seed, count) {
  let x = (seed * 2654435761) >>> 0 || 1;
  const out = [];
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.push(WORDS[x % WORDS.length]);
  }
  return out.join(' ');
}

// Sizes vary so saves span one page, several pages and overflow chains.
const SIZES = [30, 250, 1000, 3500, 90];

/**
 * The parent verifies a note without sharing this code: the text names its counter and ends
 * with a hash of everything before it, so a torn or mixed-up note cannot pass.
 */
function noteFor(n, target) {
  const body = `Notitie ${n} bij ${target}: ${words(n, SIZES[n % SIZES.length])}`;
  const text = `${body} #${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
  const json = JSON.stringify({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  return { json, text };
}

function die(code, message) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const { createCore } = await import(pathToFileURL(coreModule).href);
const core = await createCore({ dataDir, workspaceDir: dataDir, shell: 'test', idleCheckpointMs });
const opened = await core.openPath(file);
if (!opened.ok) die(3, `open: ${opened.error.code} ${opened.error.message}`);
const engagementId = opened.value.engagementId;
process.stdout.write('ready\n');

for (let n = start; ; n++) {
  const target = targets[n % targets.length];
  const saved = await core.call('interview:saveNotes', {
    engagementId,
    interviewId: target.interviewId,
    questionId: target.questionId,
    notes: noteFor(n, target.label),
  });
  if (!saved.ok) die(4, `save ${n}: ${saved.error.code} ${saved.error.message}`);
  // A pipe write is synchronous on Linux and macOS: the ack has left before the next save.
  process.stdout.write(`ack ${n}\n`);
  // Saves from a shell arrive as separate events, so timers (the idle checkpoint) get their
  // turn between them; a bare await loop would never leave the microtask queue.
  if (idleCheckpointMs !== undefined) await new Promise((resolve) => setImmediate(resolve));
}
