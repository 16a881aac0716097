import { Button, Center, EmptyState } from '@mantine/core';
import { IconCompassOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { homePath } from '../app/router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" component="main">
      <EmptyState
        icon={<IconCompassOff aria-hidden />}
        title={t('errors.notFoundTitle')}
        description={t('errors.notFoundText')}
      >
        <EmptyState.Actions>
          <Button component="a" href={homePath()}>
            {t('app.home')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
