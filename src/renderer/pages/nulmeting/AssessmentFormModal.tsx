import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentFields } from '../../../shared/domain/nulmeting';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { today } from '../adoption/PresentationFormModal';
import { submitOnCtrlEnter } from '../adoption/use-save-shortcut';
import { NULMETING_CHANGED } from './nulmeting-queries';

interface Props {
  engagementId: string;
  /** The measurement to edit; null: a new one. */
  assessment: Assessment | null;
  onClose(): void;
  /** A new measurement is opened at once. */
  onCreated(id: string): void;
  /** How many measurements there are: a new one is named after its number (0-meting, 1-meting). */
  existing: number;
}

/** Add or edit a measurement: name, date, horizon, notes and conclusions. */
export function AssessmentFormModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(
        props.assessment ? 'nulmeting.assessments.editTitle' : 'nulmeting.assessments.addTitle',
      )}
      size="lg"
    >
      <AssessmentForm {...props} />
    </Modal>
  );
}

function AssessmentForm({ engagementId, assessment, onClose, onCreated, existing }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<AssessmentFields>(() => ({
    name: assessment?.name ?? t('nulmeting.assessments.defaultName', { number: existing }),
    date: assessment?.date ?? today(),
    horizonYears: assessment?.horizonYears ?? 5,
    notes: assessment?.notes ?? '',
    conclusions: assessment?.conclusions ?? '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const set = <K extends keyof AssessmentFields>(key: K, value: AssessmentFields[K]) =>
    setFields((old) => ({ ...old, [key]: value }));
  const done = () => {
    notifySuccess(t('nulmeting.assessments.saved'));
    onClose();
  };
  const create = useCoreMutation('assessment:create', {
    invalidates: NULMETING_CHANGED,
    onSuccess: (created) => {
      onCreated(created.id);
      done();
    },
  });
  const update = useCoreMutation('assessment:update', {
    invalidates: NULMETING_CHANGED,
    onSuccess: done,
  });
  const nameError = fields.name.trim() === '' ? t('nulmeting.required') : null;
  const dateError = fields.date === '' ? t('nulmeting.required') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (nameError || dateError) return;
    const clean = { ...fields, name: fields.name.trim() };
    if (assessment) update.mutate({ engagementId, id: assessment.id, fields: clean });
    else create.mutate({ engagementId, fields: clean });
  };

  return (
    <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack>
        <TextInput
          label={t('nulmeting.assessments.name')}
          description={t('nulmeting.assessments.nameHint')}
          value={fields.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={submitted ? nameError : null}
          required
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label={t('nulmeting.assessments.date')}
            value={fields.date}
            onChange={(e) => set('date', e.currentTarget.value)}
            error={submitted ? dateError : null}
            required
          />
          <NumberInput
            label={t('nulmeting.assessments.horizonLabel')}
            description={t('nulmeting.assessments.horizonHint')}
            min={1}
            max={10}
            clampBehavior="strict"
            allowDecimal={false}
            value={fields.horizonYears}
            onChange={(value) => typeof value === 'number' && set('horizonYears', value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('nulmeting.assessments.notes')}
          value={fields.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('nulmeting.assessments.conclusions')}
          description={t('nulmeting.assessments.conclusionsHint')}
          value={fields.conclusions}
          onChange={(e) => set('conclusions', e.currentTarget.value)}
          autosize
          minRows={3}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('nulmeting.saveShortcut')}
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
