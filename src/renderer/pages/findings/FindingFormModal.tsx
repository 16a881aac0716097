import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  Button,
  Chip,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  FINDING_KINDS,
  type Finding,
  type FindingFields,
  type FindingKind,
  type FindingSourceInput,
} from '../../../shared/domain/finding';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../../shared/domain/stakeholder';
import { useCoreMutation } from '../../api/core-hooks';
import { useThemes } from '../../api/findings-queries';
import { notifySuccess } from '../../api/notify';
import { modKeyLabel } from '../../components/platform';
import { sourceLabel } from './source-label';
import { ThemeMultiSelect } from './ThemeMultiSelect';

export interface FindingFormModalProps {
  engagementId: string;
  opened: boolean;
  onClose(): void;
  /** A new finding from selected text: where it came from and the selection as its quote. */
  initial?: { source: FindingSourceInput; quote: string };
  /** An existing finding to edit. Without `finding` and `initial`: a new direct finding. */
  finding?: Finding;
  onSaved?(finding: Finding): void;
}

export function FindingFormModal(props: FindingFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={props.finding ? t('findings.editTitle') : t('findings.addTitle')}
      size="xl"
    >
      {props.opened && <FindingForm {...props} />}
    </Modal>
  );
}

const STATEMENT_MAX = 2000;

function initialFields(props: FindingFormModalProps): FindingFields {
  const { finding, initial } = props;
  if (finding) {
    return {
      statement: finding.statement,
      quote: finding.quote,
      kind: finding.kind,
      themeIds: finding.themeIds,
      importance: finding.importance,
      group: finding.group,
    };
  }
  return {
    statement: '',
    quote: initial?.quote.trim() ?? '',
    kind: 'uitdaging',
    themeIds: [],
    importance: 2,
    group: null,
  };
}

function FindingForm(props: FindingFormModalProps) {
  const { engagementId, finding, initial, onClose, onSaved } = props;
  const { t } = useTranslation();
  const themes = useThemes(engagementId);
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<FindingFields>(() => initialFields(props));
  const [submitted, setSubmitted] = useState(false);

  const isDirect = finding
    ? finding.source.type === 'direct'
    : (initial?.source.type ?? 'direct') === 'direct';
  const set = <K extends keyof FindingFields>(key: K, value: FindingFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  const statementError =
    fields.statement.trim() === ''
      ? t('findings.statementRequired')
      : fields.statement.length > STATEMENT_MAX
        ? t('findings.tooLong', { max: STATEMENT_MAX })
        : null;

  const onSuccess = (saved: Finding) => {
    notifySuccess(finding ? t('findings.updated') : t('findings.created'));
    onSaved?.(saved);
    onClose();
  };
  const update = useCoreMutation('finding:update', { invalidates: ['engagement'], onSuccess });
  const create = useCoreMutation('finding:create', { invalidates: ['engagement'], onSuccess });
  const save = {
    isPending: update.isPending || create.isPending,
    mutate: (input: FindingFields) => {
      // The core derives the group from the interviewee; only a direct finding carries its own.
      const fields = isDirect ? input : { ...input, group: undefined };
      if (finding) update.mutate({ engagementId, id: finding.id, fields });
      else create.mutate({ engagementId, source: initial?.source ?? { type: 'direct' }, fields });
    },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (statementError || save.isPending) return;
    save.mutate({ ...fields, statement: fields.statement.trim() });
  };

  // Ctrl/Cmd+Enter saves from any field, including the multi-line ones.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <Stack>
        {finding && (
          <Text size="sm" c="dimmed">
            {t('findings.source')}: {sourceLabel(t, finding.source)}
          </Text>
        )}
        <Textarea
          label={t('findings.statement')}
          description={t('findings.statementHint')}
          value={fields.statement}
          onChange={(e) => set('statement', e.currentTarget.value)}
          error={submitted ? statementError : null}
          required
          autosize
          minRows={2}
          maxRows={5}
          data-autofocus
        />
        <Textarea
          label={t('findings.quote')}
          description={t('findings.quoteHint')}
          value={fields.quote}
          onChange={(e) => set('quote', e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
          styles={{ input: { fontStyle: 'italic' } }}
        />
        <Input.Wrapper label={t('findings.kind')} labelElement="div" id="finding-kind">
          <Chip.Group
            multiple={false}
            value={fields.kind}
            onChange={(value) => set('kind', value as FindingKind)}
          >
            <Group gap="xs" mt={4} role="radiogroup" aria-labelledby="finding-kind-label">
              {FINDING_KINDS.map((kind) => (
                <Chip key={kind} value={kind} type="radio" size="sm">
                  {t(`findingKinds.${kind}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <ThemeMultiSelect
          themes={themes.data ?? []}
          value={fields.themeIds}
          onChange={(ids) => set('themeIds', ids)}
          label={t('findings.themes')}
          placeholder={t('findings.themesPlaceholder')}
          nothingFound={t('findings.noThemes')}
        />
        <Group align="flex-start" grow>
          <Input.Wrapper label={t('importance.label')} labelElement="div" id="finding-importance">
            <SegmentedControl
              mt={4}
              fullWidth
              aria-labelledby="finding-importance-label"
              value={String(fields.importance)}
              onChange={(value) => set('importance', Number(value))}
              data={(['1', '2', '3'] as const).map((level) => ({
                value: level,
                label: t(`importance.${level}`),
              }))}
            />
          </Input.Wrapper>
          {isDirect ? (
            <Select
              label={t('findings.group')}
              placeholder={t('findings.groupNone')}
              data={STAKEHOLDER_GROUPS.map((group) => ({
                value: group,
                label: t(`groups.${group}`),
              }))}
              value={fields.group}
              onChange={(value) => set('group', (value as StakeholderGroup | null) ?? null)}
              clearable
            />
          ) : (
            <Input.Wrapper label={t('findings.group')} labelElement="div">
              <Text size="sm" mt={8} c="dimmed">
                {fields.group ? `${t(`groups.${fields.group}`)} · ` : ''}
                {t('findings.groupDerived')}
              </Text>
            </Input.Wrapper>
          )}
        </Group>
        <Group justify="space-between" mt="sm">
          <Text size="xs" c="dimmed">
            {t('findings.saveHint', { mod: modKeyLabel() })}
          </Text>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
