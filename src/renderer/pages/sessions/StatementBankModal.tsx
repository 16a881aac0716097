import { useState } from 'react';
import { Button, Group, Modal, Paper, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { useStatementBank } from '../../api/sessions-queries';

interface Props {
  engagementId: string;
  sessionId: string;
  opened: boolean;
  onClose: () => void;
}

/** The method's statement bank, filtered by theme; a pick becomes a statement on the agenda. */
export function StatementBankModal({ engagementId, sessionId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const bank = useStatementBank(engagementId);
  const [theme, setTheme] = useState<string | null>(null);
  const statements = bank.data ?? [];
  const themes = [...new Map(statements.map((s) => [s.themeId, s.themeName])).entries()];
  const shown = theme ? statements.filter((s) => s.themeId === theme) : statements;

  const add = useCoreMutation('session:addStatementFromBank', {
    invalidates: ['session:list'],
    onSuccess: (session) => {
      cache.set('session:get', { engagementId, id: sessionId }, session);
      notifySuccess(t('sessions.bankAdded'));
      onClose();
      // Straight to its wording, to sharpen it for this room.
      const added = session.parts.at(-1);
      if (added)
        requestAnimationFrame(() => {
          const field = document.querySelector<HTMLTextAreaElement>(`#part-${added.id} textarea`);
          field?.scrollIntoView({ block: 'center' });
          field?.focus();
        });
    },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('sessions.bankTitle')} size="lg">
      <Stack>
        <Select
          label={t('sessions.bankTheme')}
          placeholder={t('sessions.bankAllThemes')}
          data={themes.map(([value, label]) => ({ value, label }))}
          value={theme}
          onChange={setTheme}
          clearable
        />
        <ScrollArea.Autosize mah={420} type="auto">
          <Stack gap="xs">
            {shown.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('sessions.bankEmpty')}
              </Text>
            )}
            {shown.map((statement) => (
              <Paper key={statement.id} withBorder p="xs" radius="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2}>
                    <Text size="sm">{statement.text}</Text>
                    <Text size="xs" c="dimmed">
                      {statement.themeName}
                    </Text>
                  </Stack>
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPlus aria-hidden size={14} />}
                    aria-label={t('sessions.bankAddOne', { text: statement.text })}
                    loading={add.isPending && add.variables?.statementId === statement.id}
                    onClick={() =>
                      add.mutate({ engagementId, sessionId, statementId: statement.id })
                    }
                  >
                    {t('sessions.bankAdd')}
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
