import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StagedUpload } from '../../../shared/domain/document';
import type { Result } from '../../../shared/result';
import { api } from '../../api/client';
import { canPickNatively, pickDocuments, stageFiles } from '../../api/files';
import { notifyError, notifySuccess } from '../../api/notify';
import { KoersError } from '../../api/koers-error';
import { invalidateCore } from '../../api/core-hooks';
import type { UploadProgress } from './upload-progress';

/**
 * Adding documents: stage each file (a streamed upload, or the native dialog in Electron),
 * then register it with `document:add`. One bad file does not stop the others.
 */
export function useDocumentUpload(engagementId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);

  const register = async (staged: { fileName: string; result: Result<StagedUpload> }[]) => {
    let added = 0;
    for (const { fileName, result } of staged) {
      setProgress((p) => (p ? { ...p, reading: fileName } : p));
      const outcome = result.ok
        ? await api['document:add']({ engagementId, uploadId: result.value.uploadId, fields: {} })
        : result;
      if (outcome.ok) added += 1;
      else
        notifyError(
          new KoersError({
            ...outcome.error,
            message: t('documents.addFailed', { fileName, message: outcome.error.message }),
          }),
        );
      setProgress((p) => (p ? { ...p, done: p.done + 1, reading: null } : p));
    }
    if (added > 0) notifySuccess(t('documents.added', { count: added }));
    await invalidateCore(queryClient, ['engagement'], { engagementId });
  };

  const uploadFiles = async (files: File[]) => {
    if (files.length === 0 || progress) return;
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
    setProgress({ loadedBytes: 0, totalBytes, done: 0, fileCount: files.length, reading: null });
    try {
      const results = await stageFiles(files, (loadedBytes, total) =>
        setProgress((p) => (p ? { ...p, loadedBytes, totalBytes: total } : p)),
      );
      await register(results.map((result, i) => ({ fileName: files[i]?.name ?? '', result })));
    } catch (error) {
      notifyError(error);
    } finally {
      setProgress(null);
    }
  };

  const pickNatively = async () => {
    const picked = await pickDocuments(engagementId);
    if (!picked.ok) {
      notifyError(new KoersError(picked.error));
      return;
    }
    if (picked.value.length === 0) return;
    const totalBytes = picked.value.reduce((sum, f) => sum + f.sizeBytes, 0);
    setProgress({
      loadedBytes: totalBytes,
      totalBytes,
      done: 0,
      fileCount: picked.value.length,
      reading: null,
    });
    try {
      await register(
        picked.value.map((value) => ({ fileName: value.fileName, result: { ok: true, value } })),
      );
    } finally {
      setProgress(null);
    }
  };

  return { progress, uploadFiles, pickNatively, native: canPickNatively() };
}
