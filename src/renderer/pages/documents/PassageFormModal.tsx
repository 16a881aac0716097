import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Passage, PassageFields } from '../../../shared/domain/document';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';

interface Props {
  engagementId: string;
  documentId: string;
  opened: boolean;
  /** null: a new passage. */
  passage: Passage | null;
  onClose: () => void;
}

export function PassageFormModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.passage ? t('passages.editTitle') : t('passages.addTitle')}
      size="lg"
    >
      {props.opened && <PassageForm {...props} />}
    </Modal>
  );
}

function PassageForm({ engagementId, documentId, passage, onClose }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<PassageFields>({
    text: passage?.text ?? '',
    page: passage?.page ?? null,
    note: passage?.note ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const textError = fields.text.trim() === '' ? t('passages.textRequired') : null;

  const onSuccess = () => {
    notifySuccess(t('passages.saved'));
    onClose();
  };
  const update = useCoreMutation('passage:update', { invalidates: ['engagement'], onSuccess });
  const create = useCoreMutation('passage:create', { invalidates: ['engagement'], onSuccess });
  const save = {
    isPending: update.isPending || create.isPending,
    mutate: (fields: PassageFields) =>
      passage
        ? update.mutate({ engagementId, id: passage.id, fields })
        : create.mutate({ engagementId, documentId, fields }),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (textError) return;
    save.mutate({ ...fields, text: fields.text.trim(), note: fields.note.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea
          label={t('passages.text')}
          description={t('passages.textHint')}
          value={fields.text}
          onChange={(e) => setFields({ ...fields, text: e.currentTarget.value })}
          error={submitted ? textError : null}
          autosize
          minRows={4}
          maxRows={14}
          required
          data-autofocus
        />
        <NumberInput
          label={t('passages.page')}
          value={fields.page ?? ''}
          onChange={(value) =>
            setFields({ ...fields, page: typeof value === 'number' ? value : null })
          }
          min={1}
          max={100_000}
          allowDecimal={false}
          allowNegative={false}
          w={160}
        />
        <Textarea
          label={t('passages.note')}
          description={t('passages.noteHint')}
          value={fields.note}
          onChange={(e) => setFields({ ...fields, note: e.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={8}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
