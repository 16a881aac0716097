import { Badge, Button, Group, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';
import {
  IconDeviceFloppy,
  IconFileSpreadsheet,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconFileTypePng,
  IconFileTypeSvg,
  IconPlayerPlay,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewSummary } from '../../../shared/domain/interview';
import type { Assessment } from '../../../shared/domain/nulmeting';
import type { ExportFormat, ExportOptions, ExportTypeInfo } from '../../../shared/domain/export';
import { formatDate } from '../../components/format';
import { exportStartInput, exportSubject } from './export-subject';
import { useExportJob } from './use-export-job';

/** The icon and colour of each file format. */
const FORMAT_LOOK: Record<ExportFormat, { Icon: typeof IconFileTypeDocx; color: string }> = {
  docx: { Icon: IconFileTypeDocx, color: 'blue' },
  xlsx: { Icon: IconFileSpreadsheet, color: 'green' },
  pdf: { Icon: IconFileTypePdf, color: 'red' },
  png: { Icon: IconFileTypePng, color: 'grape' },
  svg: { Icon: IconFileTypeSvg, color: 'orange' },
};

interface Props {
  engagementId: string;
  info: ExportTypeInfo;
  options: Partial<ExportOptions>;
  /** Undefined while loading. */
  interviews: InterviewSummary[] | undefined;
  /** The measurements, newest first; undefined while loading. */
  assessments: Assessment[] | undefined;
}

/** One document type: what it is for, its format, and making it with progress and cancel. */
export function ExportCard({ engagementId, info, options, interviews, assessments }: Props) {
  const { t, i18n } = useTranslation();
  const job = useExportJob();
  const [chosenInterview, setChosenInterview] = useState<string | null>(null);
  const [chosenAssessment, setChosenAssessment] = useState<string | null>(null);
  const subject = exportSubject(
    info,
    { interviews, assessments },
    { interviewId: chosenInterview, assessmentId: chosenAssessment },
  );
  const title = t(`${info.type}.title`);
  const titleId = `export-${info.type}-title`;
  const busy = job.phase === 'running' || job.phase === 'cancelling' || job.phase === 'saving';
  const canMake = !busy && subject.ready;
  const percent = Math.round(job.progress * 100);
  const look = FORMAT_LOOK[info.format];

  const make = () => job.start(exportStartInput(engagementId, info.type, options, subject));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap">
            <look.Icon aria-hidden size={28} color={`var(--mantine-color-${look.color}-8)`} />
            <Title order={3} size="h4" id={titleId}>
              {title}
            </Title>
          </Group>
          <Badge variant="light" color={look.color}>
            {t(`exports.formats.${info.format}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" style={{ flexGrow: 1 }}>
          {t(`${info.type}.text`)}
        </Text>

        {subject.missing === 'interview' && (
          <Text size="sm" c="dimmed" fs="italic">
            {t('exports.noInterviews')}
          </Text>
        )}
        {info.needsInterview && interviews && interviews.length > 0 && (
          <Select
            label={t('exports.interview')}
            data={interviews.map((i) => ({ value: i.id, label: i.title }))}
            value={subject.interviewId}
            onChange={setChosenInterview}
            allowDeselect={false}
            disabled={busy}
            searchable
          />
        )}
        {subject.missing === 'assessment' && (
          <Text size="sm" c="dimmed" fs="italic">
            {t('exports.noAssessments')}
          </Text>
        )}
        {info.takesAssessment && assessments && assessments.length > 0 && (
          <Select
            label={t('exports.assessment')}
            description={t('exports.assessmentHint')}
            data={assessments.map((a) => ({
              value: a.id,
              // Noon, so no time zone moves the day.
              label: t('exports.assessmentOption', {
                name: a.name,
                date: formatDate(`${a.date}T12:00:00`, i18n.language),
              }),
            }))}
            value={subject.assessmentId}
            onChange={setChosenAssessment}
            allowDeselect={false}
            disabled={busy}
          />
        )}

        {(job.phase === 'running' || job.phase === 'cancelling') && (
          <Stack gap={4}>
            <Progress
              value={percent}
              animated={job.phase === 'running'}
              aria-label={t('exports.progressLabel', { title })}
            />
            <Text size="xs" c="dimmed" aria-live="polite">
              {job.phase === 'cancelling'
                ? t('exports.cancelling')
                : t('exports.making', { percent })}
            </Text>
          </Stack>
        )}
        <StatusLine phase={job.phase} fileName={job.status?.fileName} error={job.errorMessage} />

        <Group justify="flex-end" gap="xs">
          {job.phase === 'unsaved' && (
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy aria-hidden size={16} />}
              onClick={job.save}
            >
              {t('exports.save')}
            </Button>
          )}
          {job.phase === 'running' || job.phase === 'cancelling' ? (
            <Button
              variant="default"
              color="gray"
              leftSection={<IconX aria-hidden size={16} />}
              onClick={job.cancel}
              disabled={job.phase === 'cancelling'}
              aria-label={`${t('exports.cancel')}: ${title}`}
            >
              {t('exports.cancel')}
            </Button>
          ) : (
            <Button
              leftSection={<IconPlayerPlay aria-hidden size={16} />}
              onClick={make}
              disabled={!canMake}
              loading={job.phase === 'saving'}
              aria-label={`${t('exports.make')}: ${title}`}
            >
              {t('exports.make')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function StatusLine({
  phase,
  fileName,
  error,
}: {
  phase: string;
  fileName: string | undefined;
  error: string | null;
}) {
  const { t } = useTranslation();
  const name = fileName ?? '';
  if (phase === 'saved')
    return (
      <Text size="sm" c="teal.8" role="status">
        {t('exports.lastMade', { fileName: name })}
      </Text>
    );
  if (phase === 'unsaved')
    return (
      <Text size="sm" role="status">
        {t('exports.notSaved', { fileName: name })}
      </Text>
    );
  if (phase === 'cancelled')
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('exports.cancelled')}
      </Text>
    );
  if (phase === 'failed')
    return (
      <Text size="sm" c="red.8" role="alert">
        {t('exports.failed', { message: error ?? '' })}
      </Text>
    );
  return null;
}
