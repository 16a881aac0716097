import { useState } from 'react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionPageProps } from '../../app/sections';
import { QueryFallback } from '../../components/QueryFallback';
import { AgreedTab } from './AgreedTab';
import { AssessmentList } from './AssessmentList';
import { useAssessments, useAssessmentView, useMaturityModel } from './nulmeting-queries';
import { ResultTab } from './ResultTab';
import { ScoresTab } from './ScoresTab';

// The nulmeting: measurements of data maturity (0-meting, later a 1-meting), per measurement
// the respondents' scores, the agreed scores and the result as radar and gap table.

export function NulmetingPage({ engagementId }: SectionPageProps) {
  const { t } = useTranslation();
  const assessments = useAssessments(engagementId);
  const model = useMaturityModel(engagementId);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = assessments.data ?? [];
  // The one chosen, else the newest; a deleted choice falls back to the newest.
  const selected = list.find((a) => a.id === chosen) ?? list[0] ?? null;
  const view = useAssessmentView(engagementId, selected?.id ?? null);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('nulmeting.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('nulmeting.intro')}
        </Text>
      </Stack>
      <QueryFallback query={assessments} />
      {assessments.data && (
        <AssessmentList
          engagementId={engagementId}
          assessments={list}
          selectedId={selected?.id ?? null}
          onSelect={setChosen}
        />
      )}
      {selected && (
        <>
          <QueryFallback query={model} />
          {model.data && <QueryFallback query={view} />}
          {model.data && view.data && (
            <Tabs defaultValue="scores" keepMounted={false}>
              <Tabs.List aria-label={t('nulmeting.tabsLabel', { name: selected.name })}>
                <Tabs.Tab value="scores">{t('nulmeting.tabScores')}</Tabs.Tab>
                <Tabs.Tab value="agreed">{t('nulmeting.tabAgreed')}</Tabs.Tab>
                <Tabs.Tab value="result">{t('nulmeting.tabResult')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="scores" pt="md">
                <ScoresTab engagementId={engagementId} model={model.data} view={view.data} />
              </Tabs.Panel>
              <Tabs.Panel value="agreed" pt="md">
                <AgreedTab engagementId={engagementId} model={model.data} view={view.data} />
              </Tabs.Panel>
              <Tabs.Panel value="result" pt="md">
                <ResultTab
                  engagementId={engagementId}
                  model={model.data}
                  view={view.data}
                  assessments={list}
                />
              </Tabs.Panel>
            </Tabs>
          )}
        </>
      )}
    </Stack>
  );
}
