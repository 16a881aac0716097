import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../shared/domain/engagement';
import { useExportTypes } from '../../api/exports-queries';
import { useInterviews } from '../../api/interviews-queries';
import { useAssessments } from '../nulmeting/nulmeting-queries';
import { ExportCard } from './ExportCard';
import { NameCheckPanel } from './NameCheckPanel';
import { ExportOptionsPanel, exportOptionsFrom, type ExportChoices } from './ExportOptionsPanel';
import { QueryFallback } from '../../components/QueryFallback';

/** "Exporteren": a card per document type of the export registry, with shared options. */
export function ExportsPage({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const types = useExportTypes();
  const interviews = useInterviews(engagement.id);
  const assessments = useAssessments(engagement.id);
  const [choices, setChoices] = useState<ExportChoices>({
    language: engagement.language,
    useNames: false,
    confidential: false,
    version: '',
  });
  const options = useMemo(() => exportOptionsFrom(choices), [choices]);

  let body;
  if (types.isPending || types.isError) {
    body = <QueryFallback query={types} />;
  } else {
    body = (
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {types.data.map((info) => (
          <ExportCard
            key={info.type}
            engagementId={engagement.id}
            info={info}
            options={options}
            interviews={interviews.data}
            assessments={assessments.data}
          />
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('exports.title')}</Title>
        <Text c="dimmed" size="sm" mt={4} maw={820}>
          {t('exports.intro')}
        </Text>
      </div>
      <ExportOptionsPanel value={choices} onChange={setChoices} />
      {!choices.useNames && <NameCheckPanel engagementId={engagement.id} />}
      {body}
    </Stack>
  );
}
