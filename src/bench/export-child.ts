import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../main/core/create-core.js';
import { EXPORT_TYPES, type ExportType } from '../shared/domain/export.js';
import { peakDuring } from './memory.js';
import { must } from './must.js';

// `node out/bench/export-child.js FILE TYPE OUTDIR [RUNS]`: one export type of one engagement
// file, measured in a process of its own. The long-lived bench process has been searching and
// saving for minutes and holds hundreds of MB by then; its RSS says nothing about an export.
// Here the peak is this process's high-water mark (VmHWM, reset before each run), which
// includes the worker thread that builds the document: it lives in the same process.
// Prints one line of JSON (ChildReport) on stdout and nothing else there.

export interface ChildReport {
  /** Wall time of each run: export:start (snapshot read) until the bytes are taken. */
  ms: number[];
  /** Of that, until export:start answered: reading the snapshot. */
  snapshotMs: number[];
  /** RSS with the file open, before the first run. */
  beforeBytes: number;
  /** Highest RSS of the process during any run. */
  peakBytes: number;
  /** Whether peakBytes is the kernel's high-water mark (else sampled every 25 ms). */
  exact: boolean;
  sizeBytes: number;
  fileName: string;
}

async function main(): Promise<void> {
  const [file, type, outDir, runsArg] = process.argv.slice(2);
  if (!file || !type || !outDir || !(EXPORT_TYPES as readonly string[]).includes(type)) {
    throw new Error('gebruik: export-child.js BESTAND TYPE UITVOERMAP [AANTAL]');
  }
  const runs = Number(runsArg ?? 3);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-export-'));
  const core = await createCore({ dataDir: work, workspaceDir: path.dirname(file), shell: 'cli' });
  try {
    const { engagementId } = await must(core.openPath(file));
    const results: {
      ms: number;
      snapshotMs: number;
      before: number;
      peak: number;
      exact: boolean;
      size: number;
      name: string;
    }[] = [];
    for (let i = 0; i < runs; i++) {
      const phase = await peakDuring(async () => {
        const start = process.hrtime.bigint();
        const job = await must(
          core.call('export:start', { engagementId, type: type as ExportType }),
        );
        const snapshotMs = Number(process.hrtime.bigint() - start) / 1e6;
        const status = await must(core.waitForExport(job.jobId));
        if (status.state !== 'done')
          throw new Error(`${type}: ${status.state} ${status.error?.message ?? ''}`);
        const taken = await must(core.takeExport(job.jobId));
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        return { ms, snapshotMs, bytes: taken.bytes, fileName: taken.fileName };
      });
      const { ms, snapshotMs, bytes, fileName } = phase.value;
      fs.writeFileSync(path.join(outDir, `koers-${type}${path.extname(fileName)}`), bytes);
      results.push({
        ms,
        snapshotMs,
        before: phase.before,
        peak: phase.peak,
        exact: phase.exact,
        size: bytes.length,
        name: fileName,
      });
    }
    await must(core.call('engagement:close', { engagementId }));
    const worst = results.reduce((a, b) => (b.peak > a.peak ? b : a));
    const report: ChildReport = {
      ms: results.map((r) => r.ms),
      snapshotMs: results.map((r) => r.snapshotMs),
      beforeBytes: results[0]?.before ?? worst.before,
      peakBytes: worst.peak,
      exact: worst.exact,
      sizeBytes: worst.size,
      fileName: worst.name,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await core.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
