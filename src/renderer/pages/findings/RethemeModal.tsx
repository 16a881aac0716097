import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/domain/overview';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { ThemeMultiSelect } from './ThemeMultiSelect';

interface Props {
  engagementId: string;
  opened: boolean;
  ids: readonly string[];
  themes: Theme[];
  onClose(): void;
  onDone(): void;
}

/** Bulk re-theme: add some themes to and take others from every selected finding at once. */
export function RethemeModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={t('findings.rethemeTitle', { count: props.ids.length })}
      size="lg"
    >
      {props.opened && <RethemeForm {...props} />}
    </Modal>
  );
}

function RethemeForm({ engagementId, ids, themes, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [tried, setTried] = useState(false);

  const save = useCoreMutation('finding:retheme', {
    invalidates: ['engagement'],
    onSuccess: ({ updated }) => {
      notifySuccess(t('findings.rethemed', { count: updated }));
      onDone();
      onClose();
    },
  });

  const nothing = add.length === 0 && remove.length === 0;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!nothing)
          save.mutate({ engagementId, ids: [...ids], addThemeIds: add, removeThemeIds: remove });
      }}
    >
      <Stack>
        <ThemeMultiSelect
          themes={themes.filter((theme) => !remove.includes(theme.id))}
          value={add}
          onChange={setAdd}
          label={t('findings.rethemeAdd')}
          nothingFound={t('findings.noThemes')}
        />
        <ThemeMultiSelect
          themes={themes.filter((theme) => !add.includes(theme.id))}
          value={remove}
          onChange={setRemove}
          label={t('findings.rethemeRemove')}
          nothingFound={t('findings.noThemes')}
        />
        {tried && nothing && (
          <Text size="sm" c="red" role="alert">
            {t('findings.rethemeNothing')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('findings.apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
