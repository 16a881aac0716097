import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '../main/core/core-types.js';
import type { ExportType } from '../shared/domain/export.js';
import type { ChildReport } from './export-child.js';
import {
  OPENPYXL_SCRIPT,
  RUSAGE_WRAPPER,
  findingsMarkdown,
  findingsRegister,
} from './peer-content.js';
import { median } from './stats.js';
import { must } from './must.js';

// Issue 4, point 8: the findings report (Word) and the findings register (Excel) of the stress
// engagement through the core, as the UI makes them (export:start, then wait and take the
// bytes), next to the same content made by pandoc and by openpyxl where those are installed.
// Each Koers export runs in a fresh Node process (export-child.ts), like the peers: the bench
// process itself holds hundreds of MB from searching and saving by then, so its RSS would say
// nothing about what an export needs.

const RUNS = 3;
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

export type PeerOutcome =
  | { status: 'ok'; ms: number; peakBytes: number | null; sizeBytes: number }
  /** A document no other tool makes: measured on its own. */
  | { status: 'none' }
  | { status: 'missing'; what: string }
  | { status: 'failed'; message: string };

export interface ExportRow {
  type: ExportType;
  /** Wall time of each run: export:start (snapshot read) until the bytes are taken. */
  ms: number[];
  /** Of that, until export:start answered: reading the snapshot. */
  snapshotMs: number[];
  /**
   * Highest RSS of the export's own process (worker thread included) during any run, and its RSS
   * with the file open before the first run.
   */
  peakBytes: number;
  beforeBytes: number;
  exact: boolean;
  sizeBytes: number;
  peer: PeerOutcome;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'export-child.js');

/** RUNS exports of `type` in a fresh process that opens `file` itself. */
function koersExport(
  file: string,
  type: ExportType,
  outDir: string,
): Omit<ExportRow, 'type' | 'peer'> {
  const r = spawnSync(process.execPath, [CHILD, file, type, outDir, String(RUNS)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0)
    throw new Error(
      `${type}: export-child ${r.status ?? r.signal}: ${(r.stderr || r.error?.message || '').trim().slice(0, 500)}`,
    );
  const report = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as ChildReport;
  return {
    ms: report.ms,
    snapshotMs: report.snapshotMs,
    peakBytes: report.peakBytes,
    beforeBytes: report.beforeBytes,
    exact: report.exact,
    sizeBytes: report.sizeBytes,
  };
}

const installed = (command: string, args: string[]) => {
  const r = spawnSync(command, args, { stdio: 'ignore' });
  return r.status === 0;
};

/** `command` run RUNS times under the rusage wrapper; the median time and the highest peak. */
function runPeer(
  command: string[],
  output: string,
  parse: (stdout: string) => { seconds: number; maxrss_kb: number; code?: number },
): PeerOutcome {
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < RUNS; i++) {
    fs.rmSync(output, { force: true });
    const r = spawnSync(command[0]!, command.slice(1), {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (r.status !== 0)
      return {
        status: 'failed',
        message: (r.stderr || r.error?.message || `exit ${r.status}`).trim().slice(0, 300),
      };
    let report: { seconds: number; maxrss_kb: number; code?: number };
    try {
      report = parse(r.stdout.trim().split('\n').pop() ?? '');
    } catch {
      return { status: 'failed', message: `onleesbare uitvoer: ${r.stdout.slice(0, 200)}` };
    }
    if (report.code !== undefined && report.code !== 0)
      return { status: 'failed', message: `exit ${report.code}: ${r.stderr.trim().slice(0, 300)}` };
    if (!fs.existsSync(output)) return { status: 'failed', message: 'geen uitvoerbestand' };
    times.push(report.seconds * 1000);
    peak = Math.max(peak, report.maxrss_kb * 1024);
  }
  return { status: 'ok', ms: median(times), peakBytes: peak, sizeBytes: fs.statSync(output).size };
}

const parseReport = (line: string) =>
  JSON.parse(line) as { seconds: number; maxrss_kb: number; code?: number };

function pandocPeer(markdown: string, workDir: string): PeerOutcome {
  if (!installed('pandoc', ['--version'])) return { status: 'missing', what: 'pandoc' };
  if (!installed(PYTHON, ['--version']))
    return { status: 'missing', what: 'python3 (voor de meting van pandoc)' };
  const input = path.join(workDir, 'bevindingen.md');
  const output = path.join(workDir, 'pandoc-findings-report.docx');
  fs.writeFileSync(input, markdown);
  // A table of contents too: Koers's report has one.
  const pandoc = [
    'pandoc',
    '--from',
    'markdown',
    '--to',
    'docx',
    '--toc',
    '--toc-depth=2',
    '--output',
    output,
    input,
  ];
  return runPeer([PYTHON, '-c', RUSAGE_WRAPPER, ...pandoc], output, parseReport);
}

function openpyxlPeer(spec: unknown, workDir: string): PeerOutcome {
  if (!installed(PYTHON, ['-c', 'import openpyxl'])) return { status: 'missing', what: 'openpyxl' };
  const input = path.join(workDir, 'bevindingen.json');
  const script = path.join(workDir, 'findings_register.py');
  const output = path.join(workDir, 'openpyxl-findings-register.xlsx');
  fs.writeFileSync(input, JSON.stringify(spec));
  fs.writeFileSync(script, OPENPYXL_SCRIPT);
  return runPeer([PYTHON, script, input, output], output, parseReport);
}

/**
 * Closes the engagement (the export processes open the file themselves, and Koers holds it
 * with an exclusive lock), after reading the peers' input from it.
 */
export async function measureExports(
  core: Core,
  engagementId: string,
  file: string,
  workDir: string,
): Promise<ExportRow[]> {
  fs.mkdirSync(workDir, { recursive: true });
  // The peers' input is written before their clock starts: they get it ready-made.
  const findings = await must(core.call('finding:list', { engagementId }));
  const themes = await must(core.call('theme:list', { engagementId }));
  const engagement = await must(core.call('engagement:get', { engagementId }));
  await must(core.call('engagement:close', { engagementId }));

  const word = koersExport(file, 'findings-report', workDir);
  const excel = koersExport(file, 'findings-register', workDir);
  // The routekaart of 300 items (issue 16): the implementatieplan and the planning workbook.
  const plan = koersExport(file, 'implementation-plan', workDir);
  const planning = koersExport(file, 'roadmap-planning', workDir);
  return [
    {
      type: 'findings-report',
      ...word,
      peer: pandocPeer(findingsMarkdown(engagement.clientName, findings, themes), workDir),
    },
    {
      type: 'findings-register',
      ...excel,
      peer: openpyxlPeer(findingsRegister(engagement.clientName, findings, themes), workDir),
    },
    { type: 'implementation-plan', ...plan, peer: { status: 'none' } },
    { type: 'roadmap-planning', ...planning, peer: { status: 'none' } },
  ];
}
