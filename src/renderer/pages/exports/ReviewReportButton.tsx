import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconFileTypeDocx, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useExportJob } from './use-export-job';

interface Props {
  engagementId: string;
  interviewId: string;
  /** Saves notes still waiting for the autosave, so the report has what is on screen. */
  beforeStart: () => Promise<void>;
}

/** "Verslag voor review" on an interview: its report, in the engagement's language. */
export function ReviewReportButton({ engagementId, interviewId, beforeStart }: Props) {
  const { t } = useTranslation();
  const job = useExportJob();
  const running = job.phase === 'running' || job.phase === 'cancelling';

  if (running) {
    return (
      <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
        <Text size="sm" c="dimmed" aria-live="polite">
          {job.phase === 'cancelling'
            ? t('exports.cancelling')
            : t('exports.making', { percent: Math.round(job.progress * 100) })}
        </Text>
        <Button
          variant="default"
          leftSection={<IconX aria-hidden size={16} />}
          onClick={job.cancel}
          disabled={job.phase === 'cancelling'}
        >
          {t('exports.cancel')}
        </Button>
      </Group>
    );
  }
  return (
    <Tooltip label={t('exports.reviewReportHint')} multiline w={260}>
      <Button
        variant="default"
        // The title beside it may wrap; the button keeps its whole label.
        style={{ flexShrink: 0 }}
        leftSection={<IconFileTypeDocx aria-hidden size={18} />}
        loading={job.phase === 'saving'}
        onClick={() => {
          if (job.phase === 'unsaved') return job.save();
          void beforeStart().then(() =>
            job.start({ engagementId, type: 'interview-report', interviewId }),
          );
        }}
      >
        {job.phase === 'unsaved' ? t('exports.save') : t('exports.reviewReport')}
      </Button>
    </Tooltip>
  );
}
