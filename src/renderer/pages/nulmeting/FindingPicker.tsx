import { useState } from 'react';
import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFindings } from '../../api/findings-queries';

interface Props {
  engagementId: string;
  /** The dimension's name, for the title. */
  dimension: string;
  linkedIds: readonly string[];
  onLink(ids: string[]): void;
  onClose(): void;
}

/**
 * Picks findings that support an agreed score: a search over the engagement's findings
 * (finding:list's text filter), checkboxes so Tab and Space pick several, Enter links them.
 */
export function FindingPicker({ engagementId, dimension, linkedIds, onLink, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 200);
  const findings = useFindings(engagementId, query === '' ? {} : { text: query });
  const [picked, setPicked] = useState<string[]>([]);
  const list = findings.data ?? [];
  const toggle = (id: string) =>
    setPicked((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('nulmeting.findings.pickerTitle', { dimension })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (picked.length > 0) onLink(picked);
        }}
      >
        <Stack gap="sm">
          <TextInput
            data-autofocus
            label={t('nulmeting.findings.search')}
            placeholder={t('nulmeting.findings.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={200}
          />
          <ScrollArea.Autosize mah={420} type="auto">
            <Stack gap={6} role="group" aria-label={t('nulmeting.findings.search')}>
              {findings.data && list.length === 0 && (
                <Text size="sm" c="dimmed">
                  {query === ''
                    ? t('nulmeting.findings.noFindings')
                    : t('nulmeting.findings.noResults')}
                </Text>
              )}
              {list.map((f) => {
                const already = linkedIds.includes(f.id);
                return (
                  <Checkbox
                    key={f.id}
                    checked={already || picked.includes(f.id)}
                    disabled={already}
                    onChange={() => toggle(f.id)}
                    label={
                      already
                        ? `${f.statement} (${t('nulmeting.findings.alreadyLinked')})`
                        : f.statement
                    }
                  />
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" disabled={picked.length === 0}>
              {t('nulmeting.findings.linkSelected', { count: picked.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
