import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { Interview, InterviewQuestion } from '../../../shared/domain/interview';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import type { NotesSaveRegistry } from './notes-save-registry';

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
  const cache = useCoreCache();
  // Only the question list is taken over: the editors keep what is being typed.
  const onSuccess = (interview: Interview) =>
    cache.set('interview:get', { engagementId, id: interviewId }, (old) =>
      old ? { ...old, questions: interview.questions } : interview,
    );
  const add = useCoreMutation('interview:addQuestion', { onSuccess });
  const update = useCoreMutation('interview:updateQuestion', { onSuccess });
  const moveTo = useCoreMutation('interview:moveQuestion', { onSuccess });
  const removeOne = useCoreMutation('interview:removeQuestion', { onSuccess });

  return {
    add: async (text) => {
      await add.mutateAsync({ engagementId, interviewId, text });
    },
    updateText: async (questionId, text) => {
      await update.mutateAsync({ engagementId, questionId, text });
    },
    move: (questionId, position) => moveTo.mutate({ engagementId, questionId, position }),
    remove: (question, number, hasNotes) => {
      const run = () => {
        registry.forget(question.id);
        removeOne.mutate({ engagementId, questionId: question.id });
      };
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
    busy: add.isPending || update.isPending || moveTo.isPending || removeOne.isPending,
  };
}
