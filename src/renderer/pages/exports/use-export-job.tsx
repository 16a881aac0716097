import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import type { ExportJobStatus } from '../../../shared/domain/export';
import { api } from '../../api/client';
import { saveExport } from '../../api/files';
import { KoersError } from '../../api/koers-error';
import { notifyError } from '../../api/notify';
import { runExportJob, savedMessage, type ExportJobApi } from './export-job';

export type ExportPhase =
  | 'idle'
  | 'running'
  | 'cancelling'
  | 'saving'
  /** Made, but the save dialog was cancelled: the bytes wait in the core. */
  | 'unsaved'
  | 'saved'
  | 'cancelled'
  | 'failed';

export interface ExportJobView {
  phase: ExportPhase;
  progress: number;
  status: ExportJobStatus | null;
  errorMessage: string | null;
  start(input: InputOf<'export:start'>): void;
  cancel(): void;
  /** Saves a job whose save dialog was cancelled. */
  save(): void;
}

const jobApi: ExportJobApi = {
  start: (input) => api['export:start'](input),
  status: (jobId) => api['export:status']({ jobId }),
  cancel: (jobId) => api['export:cancel']({ jobId }),
};

const isElectron = (): boolean => window.koers !== undefined;

/** One export at a time per card: start, progress, cancel, then the save or download. */
export function useExportJob(): ExportJobView {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<ExportPhase>('idle');
  const [status, setStatus] = useState<ExportJobStatus | null>(null);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const cancelRequested = useRef(false);

  const deliver = useCallback(
    async (done: ExportJobStatus) => {
      setPhase('saving');
      const saved = await saveExport(done.jobId, done.fileName);
      if (!saved.ok) {
        setPhase('failed');
        setErrorMessage(saved.error.message);
        notifyError(new KoersError(saved.error));
        return;
      }
      if (!saved.value.saved) {
        setPhase('unsaved');
        return;
      }
      setPhase('saved');
      const lines = savedMessage(t, done, {
        fileName: saved.value.fileName,
        downloaded: !isElectron(),
      });
      const warn = done.removedCharacters > 0 || done.truncatedCells > 0;
      notifications.show({
        color: warn ? 'yellow' : 'teal',
        title: t('exports.savedTitle'),
        message: (
          <Stack gap={2}>
            {lines.map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
          </Stack>
        ),
        autoClose: warn ? 12_000 : 6_000,
      });
    },
    [t],
  );

  const start = useCallback(
    (input: InputOf<'export:start'>) => {
      cancelRequested.current = false;
      setPhase('running');
      setStatus(null);
      setErrorMessage(null);
      void (async () => {
        try {
          const result = await runExportJob({
            api: jobApi,
            input,
            onStatus: setStatus,
            cancelRequested: () => cancelRequested.current,
          });
          if (!result.ok) {
            setPhase('failed');
            setErrorMessage(result.error.message);
            notifyError(new KoersError(result.error));
            return;
          }
          const ended = result.value;
          if (ended.state === 'done') await deliver(ended);
          else if (ended.state === 'cancelled') setPhase('cancelled');
          else {
            setPhase('failed');
            setErrorMessage(ended.error?.message ?? t('errors.unexpected'));
          }
        } catch (error) {
          setPhase('failed');
          setErrorMessage(t('errors.unexpected'));
          notifyError(error);
        }
      })();
    },
    [deliver, t],
  );

  const cancel = useCallback(() => {
    cancelRequested.current = true;
    setPhase((current) => (current === 'running' ? 'cancelling' : current));
  }, []);

  const save = useCallback(() => {
    if (status?.state === 'done') void deliver(status);
  }, [deliver, status]);

  return {
    phase,
    progress: status?.progress ?? 0,
    status,
    errorMessage,
    start,
    cancel,
    save,
  };
}
