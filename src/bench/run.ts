import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../main/store/migrations/index.js';
import { STRESS, generateStress } from './generate-stress.js';
import { PeakMemory, mib } from './memory.js';
import { measure, summary } from './measure.js';
import { ms } from './stats.js';

// `npm run bench`: issue 3, point 7. Prints figures; it never fails on a missed goal.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = path.join(root, '.cache', 'bench');
const file = path.join(cacheDir, `stress-v${SCHEMA_VERSION}.koers`);

const verdict = (ok: boolean) => (ok ? 'ja' : 'NEE');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  fs.mkdirSync(cacheDir, { recursive: true });
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
  console.log(`Bestand: ${(size / 1024 / 1024).toFixed(0)} MB. Meten …\n`);

  const memory = new PeakMemory();
  const m = await measure(file, memory);
  const measurePeak = memory.stop();
  const s = summary(m);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

  console.log(
    table([
      ['meting', 'Koers', 'kaal SQLite', 'verhouding', 'doel', 'gehaald'],
      ['openen + overzicht (mediaan van 5)', ms(s.open), '', '', '< 150 ms', verdict(s.open < 150)],
      ['zoeken p50 (100 zoekvragen)', ms(s.searchP50), ms(s.bareSearchP50), ratio(s.searchP50, s.bareSearchP50), '', ''],
      [
        'zoeken p95',
        ms(s.searchP95),
        ms(s.bareSearchP95),
        ratio(s.searchP95, s.bareSearchP95),
        '< 15 ms en ≤ 1,3×',
        verdict(s.searchP95 < 15 && s.searchP95 <= 1.3 * s.bareSearchP95),
      ],
      ['notitie opslaan p50 (50×, ~400 woorden)', ms(s.saveP50), ms(s.bareSaveP50), ratio(s.saveP50, s.bareSaveP50), '≤ 1,5×', verdict(s.saveP50 <= 1.5 * s.bareSaveP50)],
      ['notitie opslaan p95', ms(s.saveP95), ms(s.bareSaveP95), ratio(s.saveP95, s.bareSaveP95), '', ''],
      ['piekgeheugen maken (RSS)', generationPeak === null ? 'uit cache' : mib(generationPeak), '', '', '', ''],
      ['piekgeheugen meten (RSS)', mib(measurePeak), '', '', '', ''],
    ]),
  );
  console.log(`\n(${m.searchHits} treffers in totaal; kaal SQLite = dezelfde MATCH, snippet, ORDER BY rank en LIMIT op een kopie met WAL en synchronous = FULL.)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
