import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Center,
  Divider,
  EmptyState,
  Group,
  Loader,
  Menu,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { Finding, FindingSourceInput } from '../../../shared/domain/finding';
import { useFindings, useThemes } from '../../api/findings-queries';
import { isKoersError } from '../../api/koers-error';
import { useInterview, useInterviewGuide } from '../../api/interviews-queries';
import { engagementPath } from '../../app/router';
import { FindingFormModal } from '../findings/FindingFormModal';
import { ReviewReportButton } from '../exports/ReviewReportButton';
import { formatScheduled } from './interview-format';
import { InterviewFindings } from './InterviewFindings';
import { InterviewFormModal } from './InterviewFormModal';
import { NotesEditor } from './NotesEditor';
import type { QuoteMark } from './quote-marks';
import { QuestionBlock, QuestionTextForm } from './QuestionBlock';
import { SaveIndicator } from './SaveIndicator';
import { StatusDates } from './StatusDates';
import { StatusStepper } from './StatusStepper';
import { useDeleteInterview } from './use-delete-interview';
import { useNotesAutosave } from './use-notes-autosave';
import { useQuestionActions } from './use-question-actions';

const NO_MARKS: QuoteMark[] = [];

interface Props {
  engagementId: string;
  interviewId: string;
  /** A question to scroll to and focus (from a search result). */
  focusQuestionId: string | undefined;
}

export function InterviewDetailPage({ engagementId, interviewId, focusQuestionId }: Props) {
  const { t, i18n } = useTranslation();
  const interview = useInterview(engagementId, interviewId);
  const guide = useInterviewGuide(engagementId);
  const autosave = useNotesAutosave(engagementId, interviewId);
  const actions = useQuestionActions(engagementId, interviewId, autosave.registry);
  const confirmDelete = useDeleteInterview(engagementId, () => autosave.registry.disposeAll());
  const [editingDetails, setEditingDetails] = useState(false);
  const [addingQuestion, setAddingQuestion] = useState(false);
  const [finding, setFinding] = useState<{ source: FindingSourceInput; quote: string } | null>(
    null,
  );
  const editors = useRef(new Map<string, Editor>());
  const registerEditor = useCallback((questionId: string, editor: Editor | null) => {
    if (editor) editors.current.set(questionId, editor);
    else editors.current.delete(questionId);
  }, []);

  const findings = useFindings(engagementId);
  const themes = useThemes(engagementId);
  const questions = interview.data?.questions;
  // The findings made from this interview, in the order of its questions (free notes last), and
  // per question the quotes to mark in its notes.
  const fromHere = useMemo(() => {
    const order = new Map((questions ?? []).map((q, index) => [q.id, index]));
    const rank = (f: Finding) =>
      f.source.questionId === null ? Infinity : (order.get(f.source.questionId) ?? Infinity);
    return (findings.data ?? [])
      .filter((f) => f.source.type === 'interview' && f.source.interviewId === interviewId)
      .sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
  }, [findings.data, questions, interviewId]);
  const marksOf = useMemo(() => {
    const byQuestion = new Map<string | null, QuoteMark[]>();
    for (const f of fromHere) {
      if (f.quote.trim() === '') continue;
      const mark = {
        quote: f.quote,
        title: t('interviews.findingsHere.markTitle', { statement: f.statement }),
      };
      byQuestion.set(f.source.questionId, [...(byQuestion.get(f.source.questionId) ?? []), mark]);
    }
    return byQuestion;
  }, [fromHere, t]);

  const loaded = interview.data !== undefined;
  useEffect(() => {
    if (!loaded || !focusQuestionId) return;
    // After the editors have mounted: scroll the question into view and put the cursor in it.
    const frame = requestAnimationFrame(() => {
      document
        .getElementById(`question-${focusQuestionId}`)
        ?.scrollIntoView({ block: 'start', behavior: 'auto' });
      editors.current.get(focusQuestionId)?.commands.focus('start', { scrollIntoView: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [loaded, focusQuestionId]);

  const listHref = engagementPath(engagementId, 'interviews');

  if (interview.isPending) return <Loader aria-label={t('app.loading')} />;
  if (interview.isError) {
    return (
      <Center py="xl">
        <EmptyState
          withIndicatorBackground
          title={t('interviews.notFoundTitle')}
          description={
            isKoersError(interview.error) && interview.error.code !== 'NOT_FOUND'
              ? interview.error.message
              : undefined
          }
        >
          <EmptyState.Actions>
            <Button component="a" href={listHref}>
              {t('interviews.back')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  }

  const data = interview.data;
  const probesOf = (guideQuestionId: string | null): string[] =>
    guide.data?.find((q) => q.id === guideQuestionId)?.probes ?? [];
  const makeFinding = (questionId: string | null, quote: string) =>
    setFinding({ source: { type: 'interview', interviewId, questionId }, quote });

  return (
    <Stack gap="lg" maw={980}>
      <Anchor href={listHref} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden size={16} />
          {t('interviews.back')}
        </Group>
      </Anchor>

      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2}>{data.title}</Title>
          <Group gap="sm" wrap="nowrap">
            <SaveIndicator
              state={autosave.state}
              errorMessage={autosave.errorMessage}
              onRetry={() => void autosave.registry.flushAll()}
            />
            <ReviewReportButton
              engagementId={engagementId}
              interviewId={interviewId}
              beforeStart={() => autosave.registry.flushAll()}
            />
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label={t('actions.more')}>
                  <IconDots aria-hidden size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPencil aria-hidden size={16} />}
                  onClick={() => setEditingDetails(true)}
                >
                  {t('interviews.edit')}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash aria-hidden size={16} />}
                  onClick={() => confirmDelete(data)}
                >
                  {t('interviews.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            data.scheduledAt
              ? formatScheduled(data.scheduledAt, i18n.language)
              : t('interviews.notPlanned'),
            data.location,
            data.interviewers.length > 0
              ? `${t('interviews.interviewers')}: ${data.interviewers.join(', ')}`
              : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {data.participants.length > 0 && (
          <Text size="sm">
            {t('interviews.interviewees')}:{' '}
            {data.participants.map((p, index) => (
              <span key={p.id}>
                {index > 0 && ', '}
                {p.name}{' '}
                <Text span ff="monospace" size="xs" c="dimmed">
                  ({p.pseudonym}, {t(`groups.${p.group}`)})
                </Text>
              </span>
            ))}
          </Text>
        )}
      </Stack>

      <Paper withBorder p="md" radius="md">
        <Group align="flex-start" wrap="nowrap" gap="xs">
          <Box style={{ flex: 1, minWidth: 0 }}>
            <StatusStepper engagementId={engagementId} interview={data} />
          </Box>
          <StatusDates engagementId={engagementId} interview={data} />
        </Group>
      </Paper>

      <Stack gap="xl">
        <Title order={2} size="h3">
          {t('interviews.questions')}
        </Title>
        {data.questions.map((question, index) => (
          <QuestionBlock
            key={question.id}
            question={question}
            number={index + 1}
            isLast={index === data.questions.length - 1}
            probes={probesOf(question.guideQuestionId)}
            registry={autosave.registry}
            actions={actions}
            onMakeFinding={makeFinding}
            editorRef={registerEditor}
            quoteMarks={marksOf.get(question.id) ?? NO_MARKS}
          />
        ))}
        {addingQuestion ? (
          <QuestionTextForm
            initial=""
            label={t('interviews.newQuestion')}
            onCancel={() => setAddingQuestion(false)}
            onSave={async (text) => {
              await actions.add(text);
              setAddingQuestion(false);
            }}
          />
        ) : (
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus aria-hidden size={16} />}
              onClick={() => setAddingQuestion(true)}
            >
              {t('interviews.addQuestion')}
            </Button>
          </Group>
        )}
      </Stack>

      <Divider />

      <Stack gap={6} component="section" aria-labelledby="free-notes-title">
        <Title order={2} size="h3" id="free-notes-title">
          {t('interviews.freeNotes')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('interviews.freeNotesHint')}
        </Text>
        <NotesEditor
          label={t('notes.freeLabel')}
          initial={data.freeNotes}
          onChange={(notes) => autosave.registry.change(null, notes)}
          onBlur={() => void autosave.registry.flush(null)}
          onMakeFinding={(quote) => makeFinding(null, quote)}
          quoteMarks={marksOf.get(null) ?? NO_MARKS}
        />
      </Stack>

      <Divider />

      <InterviewFindings
        engagementId={engagementId}
        interviewId={interviewId}
        findings={fromHere}
        questions={data.questions}
        themes={themes.data ?? []}
      />

      <InterviewFormModal
        engagementId={engagementId}
        opened={editingDetails}
        interview={data}
        onClose={() => setEditingDetails(false)}
      />
      <FindingFormModal
        engagementId={engagementId}
        opened={finding !== null}
        onClose={() => setFinding(null)}
        {...(finding && { initial: finding })}
      />
    </Stack>
  );
}
