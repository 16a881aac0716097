import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VisionPassage } from '../../../shared/domain/vision';
import { callCore, useCoreCache } from '../../api/core-hooks';
import { useFindings, useThemes } from '../../api/findings-queries';
import { notifyError, notifySuccess } from '../../api/notify';
import { VISION_READS } from './vision-queries';

interface Props {
  engagementId: string;
  passage: VisionPassage;
  name: string;
  onClose: () => void;
}

/**
 * Picks findings to link: a search box over the engagement's findings (finding:list with its
 * text filter) and a theme filter; checkboxes, so Tab and Space pick several, Enter links.
 */
export function FindingPickerModal({ engagementId, passage, name, onClose }: Props) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const [text, setText] = useState('');
  const [themeId, setThemeId] = useState<string | null>(passage.themeId);
  const [query] = useDebouncedValue(text.trim(), 200);
  const findings = useFindings(engagementId, {
    ...(query !== '' && { text: query }),
    ...(themeId && { themeId }),
  });
  const themes = useThemes(engagementId);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const linked = useMemo(() => new Set(passage.findings.map((f) => f.id)), [passage.findings]);
  const list = findings.data ?? [];

  const toggle = (id: string) =>
    setPicked((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));

  const link = async () => {
    if (picked.length === 0) return;
    setBusy(true);
    try {
      // One at a time, in the order picked: the core appends each to the passage's list.
      for (const findingId of picked)
        await callCore('visionPassage:linkFinding', {
          engagementId,
          passageId: passage.id,
          findingId,
        });
      notifySuccess(t('visionFindings.linked', { count: picked.length }));
      onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      void cache.invalidate(VISION_READS, { engagementId });
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('visionFindings.pickerTitle', { title: name })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void link();
        }}
      >
        <Stack gap="sm">
          <Group grow align="flex-end">
            <TextInput
              data-autofocus
              label={t('visionFindings.search')}
              placeholder={t('visionFindings.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={200}
            />
            <Select
              label={t('visionFindings.themeFilter')}
              placeholder={t('visionFindings.allThemes')}
              data={(themes.data ?? []).map((theme) => ({ value: theme.id, label: theme.name }))}
              value={themeId}
              onChange={setThemeId}
              clearable
            />
          </Group>
          <ScrollArea.Autosize mah={420} type="auto">
            <Stack gap={6} role="group" aria-label={t('visionFindings.search')}>
              {findings.data && list.length === 0 && (
                <Text size="sm" c="dimmed">
                  {query === '' && !themeId
                    ? t('visionFindings.noFindings')
                    : t('visionFindings.noResults')}
                </Text>
              )}
              {list.map((f) => {
                const already = linked.has(f.id);
                return (
                  <Checkbox
                    key={f.id}
                    checked={already || picked.includes(f.id)}
                    disabled={already}
                    onChange={() => toggle(f.id)}
                    label={
                      <Group gap={6} wrap="wrap">
                        <Text size="sm" span>
                          {f.statement}
                        </Text>
                        <Badge size="xs" variant="light" color="gray">
                          {t(`findingKinds.${f.kind}`)}
                        </Badge>
                        <Badge size="xs" variant="outline" color="gray">
                          {t('visionFindings.importance', { importance: f.importance })}
                        </Badge>
                        {already && (
                          <Text size="xs" c="dimmed" span>
                            {t('visionFindings.alreadyLinked')}
                          </Text>
                        )}
                      </Group>
                    }
                  />
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('visionFindings.selected', { count: picked.length })}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={busy} disabled={picked.length === 0}>
                {t('visionFindings.linkSelected', { count: picked.length })}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
