import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core-types.js';
import type { ExportJobStatus } from '../../src/shared/domain/export.js';
import { tempDir } from '../helpers/temp-core.js';

// Builds run in a worker thread when Koers runs compiled (the app, browser mode, the CLI). Under
// vitest the sources are TypeScript, so this test drives the compiled core in out/, which
// `npm test` builds before vitest runs.
const compiled = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../out/main/core/create-core.js',
);
const haveBuild = fs.existsSync(compiled);
if (!haveBuild)
  console.warn('out/ ontbreekt (eerst npm run build): worker-export-test overgeslagen');

async function compiledCore(): Promise<Core> {
  const { createCore } = (await import(compiled)) as { createCore: (o: object) => Promise<Core> };
  const root = tempDir('koers-worker-');
  return createCore({
    dataDir: path.join(root, 'data'),
    workspaceDir: path.join(root, 'ws'),
    shell: 'test',
  });
}

async function must<T>(
  p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe.skipIf(!haveBuild)('exports in a worker thread', () => {
  it('keeps answering status calls while a Word report is built, and delivers the document', async () => {
    const core = await compiledCore();
    try {
      const demo = await must(core.call('demo:create', {}));
      let job = (await must(
        core.call('export:start', { engagementId: demo.engagementId, type: 'findings-report' }),
      )) as ExportJobStatus;
      let answeredWhileRunning = 0;
      while (job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        job = (await must(core.call('export:status', { jobId: job.jobId }))) as ExportJobStatus;
        if (job.state === 'running') answeredWhileRunning++;
      }
      expect(job.state).toBe('done');
      expect(answeredWhileRunning).toBeGreaterThan(0);
      const result = await must(core.takeExport(job.jobId));
      expect(Buffer.from(result.bytes).subarray(0, 2).toString()).toBe('PK');
      expect(result.bytes.length).toBe(job.sizeBytes);
    } finally {
      await core.dispose();
    }
  });

  it('cancels a running build at once', async () => {
    const core = await compiledCore();
    try {
      const demo = await must(core.call('demo:create', {}));
      const job = (await must(
        core.call('export:start', { engagementId: demo.engagementId, type: 'findings-report' }),
      )) as ExportJobStatus;
      await new Promise((resolve) => setTimeout(resolve, 30));
      const cancelled = (await must(
        core.call('export:cancel', { jobId: job.jobId }),
      )) as ExportJobStatus;
      expect(['running', 'cancelled']).toContain(cancelled.state);
      const end = await must(core.waitForExport(job.jobId));
      expect(end.state).toBe('cancelled');
      const taken = await core.takeExport(job.jobId);
      expect(taken.ok).toBe(false);
    } finally {
      await core.dispose();
    }
  });
});
