import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useCoreMutation } from '../api/core-hooks';
import { notifySuccess } from '../api/notify';

/**
 * After a delete: a notification saying what happened, with "Ongedaan maken", which asks the
 * core to put back exactly what went (undo:restore with the delete's token).
 */
export function useUndoNotification(
  engagementId: string,
): (message: string, token: string) => void {
  const { t } = useTranslation();
  const restore = useCoreMutation('undo:restore', {
    invalidates: ['engagement'],
    onSuccess: () => notifySuccess(t('notify.undone')),
  });
  return (message, token) => {
    const id = `undo-${token}`;
    notifications.show({
      id,
      color: 'teal',
      title: t('notify.done'),
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{message}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              restore.mutate({ engagementId, token });
            }}
          >
            {t('notify.undo')}
          </Button>
        </Group>
      ),
    });
  };
}
