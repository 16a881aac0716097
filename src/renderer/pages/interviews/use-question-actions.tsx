import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Interview, InterviewQuestion } from '../../../shared/domain/interview';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { notifyError } from '../../api/notify';
import { step1Keys } from '../../api/step1-queries';
import type { NotesSaveRegistry } from './notes-save-registry';

type QuestionChange =
  | { kind: 'add'; text: string }
  | { kind: 'text'; questionId: string; text: string }
  | { kind: 'move'; questionId: string; position: number }
  | { kind: 'remove'; questionId: string };

export interface QuestionActions {
  add(text: string): Promise<void>;
  updateText(questionId: string, text: string): Promise<void>;
  move(questionId: string, position: number): void;
  /** Asks first when the question has notes: they would go with it. */
  remove(question: InterviewQuestion, number: number, hasNotes: boolean): void;
  busy: boolean;
}

/** Adapting an interview's guide; every answer is the whole interview, put straight in the cache. */
export function useQuestionActions(
  engagementId: string,
  interviewId: string,
  registry: NotesSaveRegistry,
): QuestionActions {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const change = useMutation({
    mutationFn: (input: QuestionChange): Promise<Interview> => {
      switch (input.kind) {
        case 'add':
          return call(
            api['interview:addQuestion']({ engagementId, interviewId, text: input.text }),
          );
        case 'text':
          return call(
            api['interview:updateQuestion']({
              engagementId,
              questionId: input.questionId,
              text: input.text,
            }),
          );
        case 'move':
          return call(
            api['interview:moveQuestion']({
              engagementId,
              questionId: input.questionId,
              position: input.position,
            }),
          );
        case 'remove':
          registry.forget(input.questionId);
          return call(
            api['interview:removeQuestion']({ engagementId, questionId: input.questionId }),
          );
      }
    },
    onSuccess: (interview) => {
      // Only the question list is taken over: the editors keep what is being typed.
      queryClient.setQueryData<Interview>(step1Keys.interview(engagementId, interviewId), (old) =>
        old ? { ...old, questions: interview.questions } : interview,
      );
    },
    onError: notifyError,
  });

  return {
    add: async (text) => {
      await change.mutateAsync({ kind: 'add', text });
    },
    updateText: async (questionId, text) => {
      await change.mutateAsync({ kind: 'text', questionId, text });
    },
    move: (questionId, position) => change.mutate({ kind: 'move', questionId, position }),
    remove: (question, number, hasNotes) => {
      const run = () => change.mutate({ kind: 'remove', questionId: question.id });
      if (!hasNotes) {
        run();
        return;
      }
      modals.openConfirmModal({
        title: t('interviews.removeQuestionTitle', { number }),
        children: <Text size="sm">{t('interviews.removeQuestionText')}</Text>,
        labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: run,
      });
    },
    busy: change.isPending,
  };
}
