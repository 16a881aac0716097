import { useEffect, useState, useSyncExternalStore } from 'react';
import { Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_TYPES,
  type DocumentFields,
  type DocumentType,
  type SourceDocument,
} from '../../../shared/domain/document';
import { callCore, invalidateCore } from '../../api/core-hooks';
import { Autosaver } from '../interviews/autosave';
import { SaveIndicator } from '../interviews/SaveIndicator';

interface Props {
  engagementId: string;
  document: SourceDocument;
}

const pick = (d: SourceDocument): DocumentFields => ({
  title: d.title,
  type: d.type,
  documentDate: d.documentDate,
  author: d.author,
  summary: d.summary,
});

/**
 * The document's details, saved as you type (the same autosaver as the interview notes), so
 * nothing typed here is lost by navigating away. An empty title is not sent until it is fixed.
 */
export function DocumentFieldsForm({ engagementId, document }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<DocumentFields>(() => pick(document));
  const [errorMessage, setErrorMessage] = useState('');
  const [listeners] = useState(() => new Set<() => void>());
  const [saver] = useState(
    () =>
      new Autosaver<DocumentFields>({
        save: async (input) => {
          try {
            await callCore('document:update', { engagementId, id: document.id, fields: input });
          } catch (error) {
            setErrorMessage(error instanceof Error ? error.message : String(error));
            throw error;
          }
          // The register only: refreshing this document would reset the fields being typed.
          void invalidateCore(queryClient, ['document:list'], { engagementId });
        },
        onStateChange: () => listeners.forEach((l) => l()),
      }),
  );
  const state = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => saver.state,
  );

  useEffect(() => {
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saver]);

  const titleError = fields.title.trim() === '' ? t('documents.titleRequired') : null;

  const set = <K extends keyof DocumentFields>(key: K, value: DocumentFields[K]) => {
    const next = { ...fields, [key]: value };
    setFields(next);
    if (next.title.trim() !== '') saver.change({ ...next, title: next.title.trim() });
  };
  const flushOnBlur = () => void saver.flush();

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <SaveIndicator
          state={state}
          errorMessage={errorMessage}
          onRetry={flushOnBlur}
          idleText={t('documents.autosaveIdle')}
        />
      </Group>
      <TextInput
        label={t('documents.docTitle')}
        value={fields.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        onBlur={flushOnBlur}
        error={titleError}
        maxLength={300}
        required
      />
      <SimpleGrid cols={3}>
        <Select
          label={t('documents.type')}
          data={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`documentTypes.${type}`) }))}
          value={fields.type}
          onChange={(value) => value && set('type', value as DocumentType)}
          onBlur={flushOnBlur}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('documents.date')}
          value={fields.documentDate ?? ''}
          onChange={(e) => set('documentDate', e.currentTarget.value || null)}
          onBlur={flushOnBlur}
        />
        <TextInput
          label={t('documents.author')}
          value={fields.author}
          onChange={(e) => set('author', e.currentTarget.value)}
          onBlur={flushOnBlur}
          maxLength={300}
        />
      </SimpleGrid>
      <Textarea
        label={t('documents.summary')}
        description={t('documents.summaryHint')}
        value={fields.summary}
        onChange={(e) => set('summary', e.currentTarget.value)}
        onBlur={flushOnBlur}
        autosize
        minRows={3}
        maxRows={12}
      />
    </Stack>
  );
}
