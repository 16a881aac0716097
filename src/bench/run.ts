import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../main/domains/schema.js';
import type { ExportRow, PeerOutcome } from './exports.js';
import { measureLongText } from './long-text.js';
import { STRESS, generateStress } from './generate-stress.js';
import { PeakMemory, mb } from './memory.js';
import { measure, summary } from './measure.js';
import { median, ms } from './stats.js';

// `npm run bench`: issue 3, point 7 and issue 4, point 8. Prints figures; it never fails on a
// missed goal or a missing peer.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// KOERS_BENCH_CACHE lets several checkouts share one stress engagement (it takes minutes to make).
const cacheDir = process.env.KOERS_BENCH_CACHE
  ? path.resolve(process.env.KOERS_BENCH_CACHE)
  : path.join(root, '.cache', 'bench');
// The letter changes whenever the generated content changes (b: Zipf-distributed words), so an
// older cache is never measured as if it were the current engagement.
// c: with a vision, a 0-meting and a routekaart of 300 items (issue 16).
const CACHE_NAME = `stress-v${SCHEMA_VERSION}-c.koers`;
const file = path.join(cacheDir, CACHE_NAME);
const exportDir = path.join(cacheDir, 'exports');

const verdict = (ok: boolean) => (ok ? 'ja' : 'NEE');
const MEMORY_GOAL = 400e6;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** Earlier caches (other schema versions or generators) only take disk space. */
function dropStaleCaches(): void {
  for (const name of fs.readdirSync(cacheDir)) {
    if (/^stress-v.*\.koers$/.test(name) && name !== CACHE_NAME) {
      fs.rmSync(path.join(cacheDir, name), { force: true });
      console.log(`Oude cache verwijderd: ${name}`);
    }
  }
}

const peerCell = (peer: PeerOutcome) =>
  peer.status === 'ok'
    ? ms(peer.ms)
    : peer.status === 'missing'
      ? 'niet geïnstalleerd'
      : peer.status === 'none'
        ? ''
        : 'mislukt';

/** A document no other tool makes: its time and memory, with a goal of its own. */
function ownRows(row: ExportRow, label: string, goalMs: number): string[][] {
  const time = median(row.ms);
  return [
    [
      `${label}, mediaan van ${row.ms.length}`,
      ms(time),
      '',
      '',
      `< ${goalMs / 1000} s`,
      verdict(time < goalMs),
    ],
    [
      `${label}, piekgeheugen (RSS van het eigen exportproces)`,
      mb(row.peakBytes),
      '',
      '',
      '< 400 MB',
      verdict(row.peakBytes < MEMORY_GOAL),
    ],
  ];
}

function exportRows(row: ExportRow, label: string, peerName: string, goalMs: number): string[][] {
  const time = median(row.ms);
  const peer = row.peer;
  const faster = peer.status === 'ok' ? time < peer.ms : null;
  const ratio = peer.status === 'ok' ? `${(time / peer.ms).toFixed(2)}×` : '';
  const goal = `< ${goalMs / 1000} s en sneller dan ${peerName}`;
  const timeOk = time < goalMs && faster !== false;
  return [
    [
      `${label}, mediaan van ${row.ms.length} (t.o.v. ${peerName})`,
      ms(time),
      peerCell(peer),
      ratio,
      goal,
      verdict(timeOk) + (faster === null ? ' (alleen tijd)' : ''),
    ],
    [
      `${label}, piekgeheugen (RSS van het eigen exportproces)`,
      mb(row.peakBytes),
      peer.status === 'ok' && peer.peakBytes !== null ? mb(peer.peakBytes) : '',
      '',
      '< 400 MB',
      verdict(row.peakBytes < MEMORY_GOAL),
    ],
  ];
}

function exportNotes(rows: ExportRow[]): string[] {
  const notes: string[] = [];
  for (const row of rows) {
    const peer = row.peer;
    const size = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    notes.push(
      `${row.type}: Koers ${size(row.sizeBytes)}` +
        (peer.status === 'ok' ? `, peer ${size(peer.sizeBytes)}` : '') +
        `; momentopname lezen mediaan ${ms(median(row.snapshotMs))}` +
        `; eigen proces, RSS met het bestand open vóór de export ${mb(row.beforeBytes)}` +
        (row.exact
          ? ' (piek = hoogste RSS volgens de kernel, VmHWM, worker-thread inbegrepen)'
          : ' (piek elke 25 ms gemeten)') +
        (peer.status === 'failed' ? `; peer mislukt: ${peer.message}` : '') +
        (peer.status === 'missing' ? `; ${peer.what} niet geïnstalleerd` : ''),
    );
  }
  return notes;
}

async function main(): Promise<void> {
  fs.mkdirSync(cacheDir, { recursive: true });
  dropStaleCaches();
  let generationPeak: number | null = null;
  if (fs.existsSync(file)) {
    console.log(`Stressbestand uit de cache: ${path.relative(root, file)}`);
  } else {
    console.log(
      `Stressbestand maken (eenmalig): ${STRESS.interviews} interviews, ${STRESS.findings.toLocaleString('nl-NL')} bevindingen, ` +
        `${STRESS.documents} documenten van samen ${STRESS.documentBytes / 1024 / 1024} MB …`,
    );
    const memory = new PeakMemory();
    const started = Date.now();
    await generateStress(file, memory);
    generationPeak = memory.stop();
    console.log(`Klaar in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  }
  const size = fs.statSync(file).size;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  console.log(
    `Bestand: ${(size / 1024 / 1024).toFixed(0)} MB. Belasting van de machine (1/5/15 min): ${load}, ${os.cpus().length} kernen. Meten …\n`,
  );

  const memory = new PeakMemory();
  const m = await measure(file, exportDir, memory);
  const measurePeak = memory.stop();
  const s = summary(m);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const [word, excel, plan, planning] = m.exports;

  console.log(
    table([
      ['meting', 'Koers', 'ter vergelijking', 'verhouding', 'doel', 'gehaald'],
      [
        `openen, eerste keer (volledige quick_check), mediaan van ${m.openFirstMs.length}`,
        ms(s.openFirst),
        '',
        '',
        'ter informatie',
        '',
      ],
      [
        `opnieuw openen (zelfde machine, onveranderd), mediaan van ${m.openAgainMs.length}`,
        ms(s.openAgain),
        '',
        '',
        '< 150 ms',
        verdict(s.openAgain < 150),
      ],
      [
        'zoeken p50 (100 zoekvragen, t.o.v. kaal SQLite)',
        ms(s.searchP50),
        ms(s.bareSearchP50),
        ratio(s.searchP50, s.bareSearchP50),
        '',
        '',
      ],
      [
        'zoeken p95',
        ms(s.searchP95),
        ms(s.bareSearchP95),
        ratio(s.searchP95, s.bareSearchP95),
        '< 15 ms en ≤ 1,3×',
        verdict(s.searchP95 < 15 && s.searchP95 <= 1.3 * s.bareSearchP95),
      ],
      [
        'notitie opslaan p50 (50×, ~400 woorden, t.o.v. kaal SQLite)',
        ms(s.saveP50),
        ms(s.bareSaveP50),
        ratio(s.saveP50, s.bareSaveP50),
        '≤ 1,5×',
        verdict(s.saveP50 <= 1.5 * s.bareSaveP50),
      ],
      [
        'notitie opslaan p95',
        ms(s.saveP95),
        ms(s.bareSaveP95),
        ratio(s.saveP95, s.bareSaveP95),
        '',
        '',
      ],
      [
        'hoofdbestand volledig na de laatste opslag (-wal leeg, idle checkpoint)',
        m.completeFileMs === null ? '> 10 s' : ms(m.completeFileMs),
        '',
        '',
        '< 2 s',
        verdict(m.completeFileMs !== null && m.completeFileMs < 2000),
      ],
      [
        `spoor (trace:passage en trace:finding), mediaan van ${m.traceMs.length}`,
        m.traceMs.length > 0 ? ms(median(m.traceMs)) : 'geen passages',
        '',
        '',
        'ter informatie',
        '',
      ],
      ...(word ? exportRows(word, 'Word-bevindingenrapport', 'pandoc', 3000) : []),
      ...(excel ? exportRows(excel, 'Excel-bevindingenregister', 'openpyxl', 2000) : []),
      ...(plan ? ownRows(plan, 'Word-implementatieplan (300 acties)', 5000) : []),
      ...(planning ? ownRows(planning, 'Excel-planning routekaart (300 acties)', 2000) : []),
      [
        'piekgeheugen maken (RSS)',
        generationPeak === null ? 'uit cache' : mb(generationPeak),
        '',
        '',
        '',
        '',
      ],
      ['piekgeheugen meten (RSS, hele meting)', mb(measurePeak), '', '', '', ''],
    ]),
  );
  console.log(
    `\n(${m.searchHits} treffers in totaal. Kaal SQLite = dezelfde MATCH, snippet() met dezelfde CASE voor lange rijen, ORDER BY rank en LIMIT op een kopie met WAL en synchronous = FULL.)`,
  );
  console.log(
    '(Export = export:start met het lezen van de momentopname tot en met takeExport. pandoc en openpyxl krijgen hun invoer kant-en-klaar; ' +
      'hun klok loopt vanaf het starten van pandoc, bij openpyxl vanaf na het inlezen van de JSON. ' +
      'Elke Koers-export draait in een vers Node-proces dat het bestand zelf opent, net als de peers in hun eigen proces.)',
  );
  for (const note of exportNotes(m.exports)) console.log(`- ${note}`);
  const long = await measureLongText();
  console.log(
    `Lange tekst (woord van 40.000 tekens, alinea van 10.000 runs, citaat van 20.000 tekens): ` +
      `interviewverslag ${ms(long.interviewMs)}, bevindingenrapport ${ms(long.findingsMs)}.`,
  );
  console.log(`Bestanden om te bekijken: ${path.relative(root, exportDir)}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
