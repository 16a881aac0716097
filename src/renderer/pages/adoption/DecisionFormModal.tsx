import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ADOPTING_DECISION_KINDS,
  DECISION_BODIES,
  DECISION_KINDS,
  DECISION_SUBJECTS,
  type Decision,
  type DecisionBody,
  type DecisionFields,
  type DecisionKind,
  type DecisionSubject,
} from '../../../shared/domain/adoption';
import { useCoreMutation } from '../../api/core-hooks';
import { useDocuments } from '../../api/documents-queries';
import { isKoersError } from '../../api/koers-error';
import { notifySuccess } from '../../api/notify';
import { ADOPTION_CHANGED, useVisionVersions } from './adoption-queries';
import { today } from './PresentationFormModal';
import { submitOnCtrlEnter } from './use-save-shortcut';

interface Props {
  engagementId: string;
  decision: Decision | null;
  onClose(): void;
}

const adopting = (kind: DecisionKind): boolean =>
  (ADOPTING_DECISION_KINDS as readonly DecisionKind[]).includes(kind);

/** Add or edit a decision of MT, directie, college or raad. */
export function DecisionFormModal({ engagementId, decision, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(decision ? 'adoption.decisions.editTitle' : 'adoption.decisions.addTitle')}
      size="lg"
    >
      <DecisionForm engagementId={engagementId} decision={decision} onClose={onClose} />
    </Modal>
  );
}

function DecisionForm({ engagementId, decision, onClose }: Props) {
  const { t } = useTranslation();
  const versions = useVisionVersions(engagementId);
  const documents = useDocuments(engagementId);
  const [fields, setFields] = useState<DecisionFields>(() => ({
    body: decision?.body ?? 'mt',
    kind: decision?.kind ?? 'vastgesteld',
    subject: decision?.subject ?? 'visie',
    date: decision?.date ?? today(),
    reference: decision?.reference ?? '',
    versionId: decision?.versionId ?? null,
    documentId: decision?.documentId ?? null,
    notes: decision?.notes ?? '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const [coreError, setCoreError] = useState<string | null>(null);
  const set = <K extends keyof DecisionFields>(key: K, value: DecisionFields[K]) =>
    setFields((old) => ({ ...old, [key]: value }));
  const done = () => {
    notifySuccess(t('adoption.decisions.saved'));
    onClose();
  };
  const onError = (error: Error) =>
    setCoreError(isKoersError(error) ? error.message : t('errors.unexpected'));
  const create = useCoreMutation('decision:create', {
    invalidates: ADOPTION_CHANGED,
    onSuccess: done,
    onError,
  });
  const update = useCoreMutation('decision:update', {
    invalidates: ADOPTION_CHANGED,
    onSuccess: done,
    onError,
  });

  const onVision = fields.subject === 'visie';
  const errors = {
    date: fields.date === '' ? t('adoption.required') : null,
    version:
      onVision && adopting(fields.kind) && !fields.versionId
        ? t('adoption.decisions.versionRequired')
        : null,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setCoreError(null);
    if (errors.date || errors.version) return;
    // Only a decision on the vision names a version (the contract refuses it otherwise).
    const input = { ...fields, versionId: onVision ? fields.versionId : null };
    if (decision) update.mutate({ engagementId, id: decision.id, fields: input });
    else create.mutate({ engagementId, fields: input });
  };

  const versionOptions = [...(versions.data ?? [])]
    .reverse()
    .map((v) => ({ value: v.id, label: `${v.label}${v.note ? ` · ${v.note}` : ''}` }));
  const documentOptions = [
    { value: '', label: t('adoption.decisions.documentNone') },
    ...(documents.data ?? []).map((d) => ({ value: d.id, label: d.title })),
  ];

  return (
    <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <Select
            label={t('adoption.decisions.body')}
            data={DECISION_BODIES.map((b) => ({ value: b, label: t(`adoption.bodies.${b}`) }))}
            value={fields.body}
            onChange={(v) => v && set('body', v as DecisionBody)}
            allowDeselect={false}
            data-autofocus
          />
          <Select
            label={t('adoption.decisions.kind')}
            data={DECISION_KINDS.map((k) => ({ value: k, label: t(`adoption.kinds.${k}`) }))}
            value={fields.kind}
            onChange={(v) => v && set('kind', v as DecisionKind)}
            allowDeselect={false}
          />
          <Select
            label={t('adoption.decisions.subject')}
            data={DECISION_SUBJECTS.map((s) => ({
              value: s,
              label: t(`adoption.subjects.${s}`),
            }))}
            value={fields.subject}
            onChange={(v) => v && set('subject', v as DecisionSubject)}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('adoption.decisions.date')}
            value={fields.date}
            onChange={(e) => set('date', e.currentTarget.value)}
            error={submitted ? errors.date : null}
            required
          />
        </SimpleGrid>
        {onVision && (
          <Select
            label={t('adoption.decisions.version')}
            description={adopting(fields.kind) ? t('adoption.decisions.versionHint') : undefined}
            data={versionOptions}
            value={fields.versionId}
            onChange={(v) => set('versionId', v)}
            error={submitted ? errors.version : null}
            clearable
            required={adopting(fields.kind)}
          />
        )}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('adoption.decisions.reference')}
            placeholder={t('adoption.decisions.referencePlaceholder')}
            value={fields.reference}
            onChange={(e) => set('reference', e.currentTarget.value)}
          />
          <Select
            label={t('adoption.decisions.document')}
            data={documentOptions}
            value={fields.documentId ?? ''}
            onChange={(v) => set('documentId', v ? v : null)}
            searchable
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          label={t('adoption.decisions.notes')}
          value={fields.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {coreError && (
          <Text size="sm" c="red" role="alert">
            {coreError}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('adoption.saveShortcut')}
          </Text>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
