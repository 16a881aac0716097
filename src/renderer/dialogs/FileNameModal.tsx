import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  description?: string;
  label: string;
  initialName: string;
  pending: boolean;
  /** The core's refusal (e.g. the name exists already), shown on the field itself. */
  serverError: string | null;
  onClose: () => void;
  onSubmit: (fileName: string) => void;
}

/** Asks for a file name inside the workspace: "Opslaan als" in browser mode, and renaming. */
export function FileNameModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      {props.opened && <FileNameForm {...props} />}
    </Modal>
  );
}

function FileNameForm({
  description,
  label,
  initialName,
  pending,
  serverError,
  onClose,
  onSubmit,
}: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [touched, setTouched] = useState(false);
  const error = touched && name.trim() === '' ? t('settings.required') : serverError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (name.trim() !== '') onSubmit(name.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {description && <Text size="sm">{description}</Text>}
        <TextInput
          label={label}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          maxLength={200}
          required
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
