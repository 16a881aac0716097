import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { engagementPath } from '../../app/router';
import { ADOPTION_CHANGED, useVisionAdoption } from './adoption-queries';
import { adoptionSentence } from './adoption-text';

interface Props {
  engagementId: string;
  /** A link to the adoption page (shown on the vision page). */
  linkToAdoption?: boolean;
}

/**
 * The vision's adoption, where it matters: on the adoption page and above the vision editor.
 * Nothing while the vision is not adopted (or a revision has started). "Herziening starten"
 * asks first: it opens the working copy again.
 */
export function VisionAdoptionBanner({ engagementId, linkToAdoption = false }: Props) {
  const { t, i18n } = useTranslation();
  const status = useVisionAdoption(engagementId);
  const start = useCoreMutation('adoption:startRevision', {
    invalidates: ADOPTION_CHANGED,
    onSuccess: () => notifySuccess(t('adoption.banner.started')),
  });
  const adoption = status.data;
  if (!adoption) return null;

  const confirm = () =>
    modals.openConfirmModal({
      title: t('adoption.banner.confirmTitle'),
      children: (
        <Text size="sm">
          {t('adoption.banner.confirmText', { version: adoption.versionLabel })}
        </Text>
      ),
      labels: { confirm: t('adoption.banner.confirm'), cancel: t('actions.cancel') },
      onConfirm: () => start.mutate({ engagementId }),
    });

  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconLock aria-hidden />}
      title={t('adoption.banner.title')}
      role="status"
      aria-label={t('adoption.banner.title')}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600} data-testid="adoption-sentence">
          {adoptionSentence(t, adoption, i18n.language)}
        </Text>
        <Text size="sm">{t('adoption.banner.readOnly')}</Text>
        <Group gap="sm">
          <Button
            size="xs"
            variant="white"
            color="teal"
            onClick={confirm}
            loading={start.isPending}
          >
            {t('adoption.banner.startRevision')}
          </Button>
          {linkToAdoption && (
            <Anchor size="sm" href={engagementPath(engagementId, 'adoption')}>
              {t('adoption.title')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
