import { Alert, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isKoersError } from '../api/koers-error';

/**
 * What a page shows while its data loads or after loading failed: a loader, or the core's own
 * message (it says what to do). Null once there is data, so a page writes
 * `<QueryFallback query={q} /> ?? <Content data={q.data} />` without repeating the two states.
 */
export function QueryFallback({
  query,
}: {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error'>;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('errors.loadFailed')}>
        {isKoersError(query.error) ? query.error.message : t('errors.unexpected')}
      </Alert>
    );
  }
  return null;
}
