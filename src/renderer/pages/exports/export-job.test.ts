import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ExportJobStatus } from '../../../shared/domain/export.js';
import { uiI18nOptions } from '../../../shared/i18n/resources.js';
import type { Result } from '../../../shared/result.js';
import { runExportJob, savedMessage, type ExportJobApi, type Translate } from './export-job.js';

const ENGAGEMENT = '3f1c1d52-7b0e-4c51-9d0e-0a6f1f0f6a11';
const JOB = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const status = (
  state: ExportJobStatus['state'],
  progress: number,
  extra: Partial<ExportJobStatus> = {},
): ExportJobStatus => ({
  jobId: JOB,
  type: 'findings-report',
  state,
  progress,
  fileName: 'Bevindingenrapport.docx',
  sizeBytes: null,
  removedCharacters: 0,
  truncatedCells: 0,
  error: null,
  ...extra,
});

/** A fake core that answers export:status from a script, one entry per poll. */
const fakeApi = (script: ExportJobStatus[], onCancel?: () => ExportJobStatus) => {
  const log: string[] = [];
  const api: ExportJobApi = {
    start: async (input) => {
      log.push(`start ${input.type}`);
      return { ok: true, value: status('running', 0) };
    },
    status: async () => {
      log.push('status');
      const next = script.shift();
      return next
        ? { ok: true, value: next }
        : { ok: false, error: { code: 'NOT_FOUND', message: 'weg' } };
    },
    cancel: async () => {
      log.push('cancel');
      return { ok: true, value: onCancel ? onCancel() : status('running', 0.5) };
    },
  };
  return { api, log };
};

const noSleep = async (): Promise<void> => undefined;

describe('runExportJob', () => {
  it('polls until the job is done and reports every status in order', async () => {
    const { api, log } = fakeApi([
      status('running', 0.3),
      status('running', 0.8),
      status('done', 1, { sizeBytes: 1234 }),
    ]);
    const seen: number[] = [];
    const sleeps: number[] = [];
    const result = await runExportJob({
      api,
      input: { engagementId: ENGAGEMENT, type: 'findings-report' },
      onStatus: (s) => seen.push(s.progress),
      cancelRequested: () => false,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    expect(result).toMatchObject({ ok: true, value: { state: 'done', sizeBytes: 1234 } });
    expect(seen).toEqual([0, 0.3, 0.8, 1]);
    expect(sleeps).toEqual([200, 200, 200]);
    expect(log).toEqual(['start findings-report', 'status', 'status', 'status']);
  });

  it('sends one cancel when the user asks and ends as cancelled', async () => {
    let cancel = false;
    const { api, log } = fakeApi([status('running', 0.6), status('cancelled', 0.6)]);
    const result = await runExportJob({
      api,
      input: { engagementId: ENGAGEMENT, type: 'findings-report' },
      onStatus: (s) => {
        if (s.progress >= 0.6) cancel = true;
      },
      cancelRequested: () => cancel,
      sleep: noSleep,
    });
    expect(result).toMatchObject({ ok: true, value: { state: 'cancelled' } });
    expect(log).toEqual(['start findings-report', 'status', 'cancel', 'status']);
  });

  it('keeps the user’s cancel even when the builder finished first', async () => {
    let cancel = false;
    const { api } = fakeApi([status('done', 1)]);
    const seen: string[] = [];
    const result = await runExportJob({
      api,
      input: { engagementId: ENGAGEMENT, type: 'findings-report' },
      onStatus: (s) => seen.push(s.state),
      cancelRequested: () => cancel,
      sleep: async () => {
        cancel = true;
      },
    });
    expect(result.ok && result.value.state).toBe('cancelled');
    expect(seen).toEqual(['running', 'done', 'cancelled']);
  });

  it('gives the error of a failed call, and a failed job as it is', async () => {
    const refused: ExportJobApi = {
      ...fakeApi([]).api,
      start: async (): Promise<Result<ExportJobStatus>> => ({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Kies een interview', path: 'interviewId' },
      }),
    };
    const input = { engagementId: ENGAGEMENT, type: 'interview-report' as const };
    const base = { onStatus: () => undefined, cancelRequested: () => false, sleep: noSleep };
    expect(await runExportJob({ api: refused, input, ...base })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: 'interviewId' },
    });
    const failing = fakeApi([
      status('failed', 0.2, { error: { code: 'INTERNAL', message: 'kapot' } }),
    ]).api;
    expect(await runExportJob({ api: failing, input, ...base })).toMatchObject({
      ok: true,
      value: { state: 'failed', error: { message: 'kapot' } },
    });
  });
});

describe('savedMessage', () => {
  const translator = async (lng: 'nl' | 'en') => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng, ...uiI18nOptions(), interpolation: { escapeValue: false } });
    const t: Translate = (key, options) => i18n.t(key, options);
    return t;
  };

  it('names the file and says nothing more when the text was clean', async () => {
    const t = await translator('nl');
    expect(
      savedMessage(
        t,
        { removedCharacters: 0, truncatedCells: 0 },
        { fileName: 'Rapport.docx', downloaded: false },
      ),
    ).toEqual(['Rapport.docx is opgeslagen.']);
  });

  it('counts removed characters and shortened cells, singular and plural', async () => {
    const nl = await translator('nl');
    expect(
      savedMessage(
        nl,
        { removedCharacters: 3, truncatedCells: 1 },
        { fileName: 'Register.xlsx', downloaded: true },
      ),
    ).toEqual([
      'Register.xlsx wordt gedownload.',
      '3 tekens die Word en Excel niet toestaan (stuurtekens) zijn weggelaten.',
      '1 cel is ingekort tot de 32.767 tekens die Excel toestaat.',
    ]);
    const en = await translator('en');
    expect(
      savedMessage(
        en,
        { removedCharacters: 1, truncatedCells: 2 },
        { fileName: 'Register.xlsx', downloaded: false },
      ),
    ).toEqual([
      'Register.xlsx has been saved.',
      '1 character that Word and Excel do not allow (a control character) was left out.',
      '2 cells were shortened to the 32,767 characters Excel allows.',
    ]);
  });
});
