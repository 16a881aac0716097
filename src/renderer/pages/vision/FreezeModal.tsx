import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisionVersionSummary } from '../../../shared/domain/vision';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { nextVersionLabel } from './vision-view';
import { VISION_READS } from './vision-queries';

type FreezeStatus = 'concept' | 'definitief';

/** "Versie vastleggen": concept or definitief, an optional note, and the label it will get. */
export function FreezeModal({
  engagementId,
  versions,
  onClose,
  onFrozen,
}: {
  engagementId: string;
  versions: VisionVersionSummary[];
  onClose: () => void;
  onFrozen: (versionId: string) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<FreezeStatus>('concept');
  const [note, setNote] = useState('');
  const freeze = useCoreMutation('vision:freeze', {
    invalidates: VISION_READS,
    onSuccess: (version) => {
      notifySuccess(t('visionVersions.frozen', { label: version.label }));
      onFrozen(version.id);
      onClose();
    },
  });
  const label = nextVersionLabel(versions, status);
  return (
    <Modal opened onClose={onClose} title={t('visionVersions.freezeTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          freeze.mutate({ engagementId, status, ...(note.trim() && { note: note.trim() }) });
        }}
      >
        <Stack gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="freeze-status-label">
              {t('visionVersions.status')}
            </Text>
            <SegmentedControl
              aria-labelledby="freeze-status-label"
              data={(['concept', 'definitief'] as const).map((s) => ({
                value: s,
                label: t(`visionVersions.statuses.${s}`),
              }))}
              value={status}
              onChange={(value) => setStatus(value as FreezeStatus)}
            />
          </Stack>
          <Text size="sm">{t('visionVersions.freezeText', { label })}</Text>
          <Textarea
            label={t('visionVersions.note')}
            placeholder={t('visionVersions.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={freeze.isPending}>
              {t('visionVersions.freeze')} {label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
