import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  RESPONDENT_GROUPS,
  type Respondent,
  type RespondentGroup,
} from '../../../shared/domain/nulmeting';
import { useCoreMutation } from '../../api/core-hooks';
import { useStakeholders } from '../../api/stakeholders-queries';
import { useUndoNotification } from '../../components/use-undo-notification';
import { NULMETING_CHANGED } from './nulmeting-queries';

interface Props {
  engagementId: string;
  assessmentId: string;
  respondents: Respondent[];
}

/**
 * Who scored: a stakeholder of the engagement or a label typed here ("Team Sociaal Domein"),
 * each with the group it speaks for (the report counts per group, never names).
 */
export function RespondentsPanel({ engagementId, assessmentId, respondents }: Props) {
  const { t } = useTranslation();
  const stakeholders = useStakeholders(engagementId);
  const [stakeholderId, setStakeholderId] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [group, setGroup] = useState<RespondentGroup>('medewerkers');
  const [missing, setMissing] = useState(false);
  const notifyUndoable = useUndoNotification(engagementId);
  const create = useCoreMutation('respondent:create', {
    invalidates: NULMETING_CHANGED,
    onSuccess: () => {
      setStakeholderId(null);
      setLabel('');
      setMissing(false);
    },
  });
  const remove = useCoreMutation('respondent:delete', { invalidates: NULMETING_CHANGED });
  const groupOptions = RESPONDENT_GROUPS.map((g) => ({
    value: g,
    label: t(`nulmeting.groups.${g}`),
  }));

  const add = (event: FormEvent) => {
    event.preventDefault();
    const stakeholder = stakeholders.data?.find((s) => s.id === stakeholderId);
    const name = stakeholder?.name ?? label.trim();
    if (name === '') {
      setMissing(true);
      return;
    }
    create.mutate({
      engagementId,
      assessmentId,
      fields: { stakeholderId: stakeholder?.id ?? null, label: name, group },
    });
  };

  const confirmDelete = (r: Respondent) =>
    modals.openConfirmModal({
      title: t('nulmeting.respondents.deleteTitle', { name: r.label }),
      children: <Text size="sm">{t('nulmeting.respondents.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: r.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(
                t('nulmeting.respondents.deleted', { name: r.label }),
                removed.undoToken,
              ),
          },
        ),
    });

  return (
    <Stack gap="xs" component="section" aria-label={t('nulmeting.respondents.title')}>
      <Text fw={600} size="sm">
        {t('nulmeting.respondents.title')} · {respondents.length}
      </Text>
      {respondents.length > 0 && (
        <Group gap="xs" data-testid="respondents">
          {respondents.map((r) => (
            <Badge
              key={r.id}
              size="lg"
              variant="light"
              tt="none"
              rightSection={
                <Tooltip label={t('nulmeting.respondents.delete', { name: r.label })}>
                  <ActionIcon
                    size="xs"
                    variant="transparent"
                    color="red"
                    aria-label={t('nulmeting.respondents.delete', { name: r.label })}
                    onClick={() => confirmDelete(r)}
                  >
                    <IconTrash size={12} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              }
            >
              {r.label} · {t(`nulmeting.groups.${r.group}`)}
            </Badge>
          ))}
        </Group>
      )}
      <form onSubmit={add} aria-label={t('nulmeting.respondents.add')} noValidate>
        <Group align="flex-end" gap="xs">
          <Select
            label={t('nulmeting.respondents.stakeholder')}
            placeholder={t('nulmeting.respondents.stakeholderPlaceholder')}
            data={(stakeholders.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={stakeholderId}
            onChange={(value) => {
              setStakeholderId(value);
              setMissing(false);
            }}
            searchable
            clearable
            nothingFoundMessage={t('nulmeting.respondents.noStakeholders')}
            w={240}
          />
          <TextInput
            label={t('nulmeting.respondents.label')}
            placeholder={t('nulmeting.respondents.labelPlaceholder')}
            value={label}
            onChange={(e) => {
              setLabel(e.currentTarget.value);
              setMissing(false);
            }}
            disabled={stakeholderId !== null}
            error={missing ? t('nulmeting.respondents.nameMissing') : null}
            maxLength={300}
            w={240}
          />
          <Select
            label={t('nulmeting.respondents.group')}
            data={groupOptions}
            value={group}
            onChange={(value) => value && setGroup(value as RespondentGroup)}
            allowDeselect={false}
            w={200}
          />
          <Button
            type="submit"
            variant="light"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            loading={create.isPending}
          >
            {t('nulmeting.respondents.add')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
