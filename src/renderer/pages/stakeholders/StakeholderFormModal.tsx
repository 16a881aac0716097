import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_STATES,
  STAKEHOLDER_GROUPS,
  type Stakeholder,
  type StakeholderFields,
  type StakeholderGroup,
} from '../../../shared/domain/stakeholder';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';

interface Props {
  engagementId: string;
  opened: boolean;
  /** null: add a new stakeholder. */
  stakeholder: Stakeholder | null;
  defaultGroup: StakeholderGroup | undefined;
  onClose: () => void;
}

export function StakeholderFormModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.stakeholder ? t('stakeholders.editTitle') : t('stakeholders.addTitle')}
      size="lg"
    >
      {props.opened && <StakeholderForm {...props} />}
    </Modal>
  );
}

const LIMITS = { name: 200, jobTitle: 200, department: 200, consentNote: 1000 } as const;

const emptyFields = (group: StakeholderGroup): StakeholderFields => ({
  name: '',
  jobTitle: '',
  department: '',
  group,
  consent: 'onbekend',
  consentNote: '',
});

function StakeholderForm({ engagementId, stakeholder, defaultGroup, onClose }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<StakeholderFields>(() =>
    stakeholder ? pickFields(stakeholder) : emptyFields(defaultGroup ?? 'programmateam'),
  );
  const [submitted, setSubmitted] = useState(false);

  const set = <K extends keyof StakeholderFields>(key: K, value: StakeholderFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  const tooLong = (key: keyof typeof LIMITS): string | null =>
    fields[key].length > LIMITS[key] ? t('stakeholders.tooLong', { max: LIMITS[key] }) : null;
  const errors = {
    name: fields.name.trim() === '' ? t('stakeholders.nameRequired') : tooLong('name'),
    jobTitle: tooLong('jobTitle'),
    department: tooLong('department'),
    consentNote: tooLong('consentNote'),
  };
  const valid = Object.values(errors).every((e) => e === null);
  const shown = (error: string | null) => (submitted ? error : null);

  const onSuccess = (saved: Stakeholder) => {
    notifySuccess(
      stakeholder
        ? t('stakeholders.updated', { name: saved.name })
        : t('stakeholders.created', { name: saved.name, pseudonym: saved.pseudonym }),
    );
    onClose();
  };
  const update = useCoreMutation('stakeholder:update', { invalidates: ['engagement'], onSuccess });
  const create = useCoreMutation('stakeholder:create', { invalidates: ['engagement'], onSuccess });
  const save = {
    isPending: update.isPending || create.isPending,
    mutate: (fields: StakeholderFields) =>
      stakeholder
        ? update.mutate({ engagementId, id: stakeholder.id, fields })
        : create.mutate({ engagementId, fields }),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid) return;
    save.mutate({
      ...fields,
      name: fields.name.trim(),
      jobTitle: fields.jobTitle.trim(),
      department: fields.department.trim(),
      consentNote: fields.consentNote.trim(),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('stakeholders.name')}
          value={fields.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={shown(errors.name)}
          required
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('stakeholders.jobTitle')}
            value={fields.jobTitle}
            onChange={(e) => set('jobTitle', e.currentTarget.value)}
            error={shown(errors.jobTitle)}
          />
          <TextInput
            label={t('stakeholders.department')}
            value={fields.department}
            onChange={(e) => set('department', e.currentTarget.value)}
            error={shown(errors.department)}
          />
          <Select
            label={t('stakeholders.group')}
            data={STAKEHOLDER_GROUPS.map((group) => ({
              value: group,
              label: t(`groups.${group}`),
            }))}
            value={fields.group}
            onChange={(value) => value && set('group', value as StakeholderGroup)}
            allowDeselect={false}
            required
          />
          <Select
            label={t('stakeholders.consent')}
            data={CONSENT_STATES.map((consent) => ({
              value: consent,
              label: t(`consent.${consent}`),
            }))}
            value={fields.consent}
            onChange={(value) => value && set('consent', value as StakeholderFields['consent'])}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          label={t('stakeholders.consentNote')}
          value={fields.consentNote}
          onChange={(e) => set('consentNote', e.currentTarget.value)}
          error={shown(errors.consentNote)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function pickFields(s: Stakeholder): StakeholderFields {
  return {
    name: s.name,
    jobTitle: s.jobTitle,
    department: s.department,
    group: s.group,
    consent: s.consent,
    consentNote: s.consentNote,
  };
}
