import { useRef, useState, type FormEvent } from 'react';
import { ActionIcon, Box, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { InterviewQuestion } from '../../../shared/domain/interview';
import type { NotesSaveRegistry } from './notes-save-registry';
import { NotesEditor } from './NotesEditor';
import type { QuoteMark } from './quote-marks';
import type { QuestionActions } from './use-question-actions';

interface Props {
  question: InterviewQuestion;
  /** 1-based, as the consultant reads it. */
  number: number;
  isLast: boolean;
  probes: string[];
  registry: NotesSaveRegistry;
  actions: QuestionActions;
  onMakeFinding: (questionId: string, quote: string) => void;
  editorRef: (questionId: string, editor: Editor | null) => void;
  /** Quotes of the findings made from this question, marked in its notes. */
  quoteMarks: readonly QuoteMark[];
}

export function QuestionBlock(props: Props) {
  const { question, number, isLast, probes, registry, actions } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  // Whether the notes hold text now, not when the page loaded: decides if removal asks first.
  const hasNotes = useRef(question.notes.text.trim() !== '');

  return (
    <Box
      component="section"
      id={`question-${question.id}`}
      aria-labelledby={`question-title-${question.id}`}
      style={{ scrollMarginTop: 88 }}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          {editing ? (
            <QuestionTextForm
              initial={question.text}
              label={t('interviews.editQuestion', { number })}
              onCancel={() => setEditing(false)}
              onSave={async (text) => {
                await actions.updateText(question.id, text);
                setEditing(false);
              }}
            />
          ) : (
            <Text component="h3" id={`question-title-${question.id}`} fw={600} size="md" m={0}>
              <Text span c="dimmed" fw={600} mr={6}>
                {number}.
              </Text>
              {question.text}
            </Text>
          )}
          {!editing && (
            <Group gap={2} wrap="nowrap">
              <Tooltip label={t('interviews.editQuestion', { number })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('interviews.editQuestion', { number })}
                  onClick={() => setEditing(true)}
                >
                  <IconPencil aria-hidden size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('interviews.moveUp', { number })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('interviews.moveUp', { number })}
                  disabled={number === 1 || actions.busy}
                  onClick={() => actions.move(question.id, number - 2)}
                >
                  <IconArrowUp aria-hidden size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('interviews.moveDown', { number })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('interviews.moveDown', { number })}
                  disabled={isLast || actions.busy}
                  onClick={() => actions.move(question.id, number)}
                >
                  <IconArrowDown aria-hidden size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('interviews.removeQuestion', { number })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('interviews.removeQuestion', { number })}
                  onClick={() => actions.remove(question, number, hasNotes.current)}
                >
                  <IconTrash aria-hidden size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        {probes.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('interviews.probes')}: {probes.join(' · ')}
          </Text>
        )}
        <NotesEditor
          label={t('notes.label', { number })}
          initial={question.notes}
          onChange={(notes) => {
            hasNotes.current = notes.text.trim() !== '';
            registry.change(question.id, notes);
          }}
          onBlur={() => void registry.flush(question.id)}
          onMakeFinding={(quote) => props.onMakeFinding(question.id, quote)}
          editorRef={(editor) => props.editorRef(question.id, editor)}
          quoteMarks={props.quoteMarks}
        />
      </Stack>
    </Box>
  );
}

interface TextFormProps {
  initial: string;
  label: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}

/** Inline form for a question's wording; Enter saves, Escape cancels. */
export function QuestionTextForm({ initial, label, onSave, onCancel }: TextFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '') {
      setError(t('interviews.questionRequired'));
      return;
    }
    setSaving(true);
    try {
      await onSave(text.trim());
    } catch {
      // notifyError already told the user; the text stays in the field.
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} style={{ flex: 1 }}>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <Textarea
          aria-label={label}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void submit();
            }
            if (e.key === 'Escape') {
              e.stopPropagation();
              onCancel();
            }
          }}
          error={error}
          autosize
          minRows={1}
          maxLength={2000}
          style={{ flex: 1 }}
          data-autofocus
          autoFocus
        />
        <Button type="submit" loading={saving}>
          {t('actions.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </Group>
    </form>
  );
}
