import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session, SessionSummary, SessionTypeInfo } from '../../../shared/domain/session';
import { callCore } from '../../api/core-hooks';
import { coreQueryKey } from '../../api/query-keys';
import { useOptimisticMutation } from '../../api/use-optimistic-mutation';
import { useInstantValue } from '../../components/use-instant-value';

interface Props {
  engagementId: string;
  session: SessionSummary;
  items: SessionTypeInfo['checklist'];
}

/** The session type's checklist (room booked, invitations sent …), ticked as it gets done. */
export function SessionChecklist({ engagementId, session, items }: Props) {
  const { t } = useTranslation();
  const done = items.filter((item) => session.checklist.includes(item.id)).length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="session-checklist-title">
      <Title order={3} size="h4" id="session-checklist-title">
        {t('sessions.checklist')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('sessions.checklistDone', { done, total: items.length })}
      </Text>
      {items.map((item) => (
        <ChecklistItem
          key={item.id}
          engagementId={engagementId}
          sessionId={session.id}
          item={item}
          checked={session.checklist.includes(item.id)}
        />
      ))}
    </Stack>
  );
}

function ChecklistItem(props: {
  engagementId: string;
  sessionId: string;
  item: { id: string; label: string };
  checked: boolean;
}) {
  const { engagementId, sessionId, item, checked } = props;
  const instant = useInstantValue(checked);
  const input = { engagementId, id: sessionId };
  const toggle = useOptimisticMutation({
    queryKey: coreQueryKey('session:get', input),
    mutationFn: (next: boolean) =>
      callCore('session:setChecklistItem', { ...input, itemId: item.id, done: next }),
    apply: (old: Session, next) => ({
      ...old,
      checklist: next
        ? [...old.checklist.filter((id) => id !== item.id), item.id]
        : old.checklist.filter((id) => id !== item.id),
    }),
  });
  return (
    <Checkbox
      label={item.label}
      checked={instant.value}
      onChange={(e) => {
        const next = e.currentTarget.checked;
        instant.show(next);
        toggle.mutate(next);
      }}
    />
  );
}
