import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Menu,
  Modal,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBooks, IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  SESSION_PART_KINDS,
  type Session,
  type SessionPartKind,
} from '../../../shared/domain/session';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { PartBlock } from './PartBlock';
import { StatementBankModal } from './StatementBankModal';

interface Props {
  engagementId: string;
  session: Session;
}

/** The agenda: the session's parts in order, each collecting inputs per round. */
export function AgendaList({ engagementId, session }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<SessionPartKind | null>(null);
  const [bank, setBank] = useState(false);

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-agenda-title">
      <Group justify="space-between">
        <Title order={3} id="session-agenda-title">
          {t('sessions.agenda')}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconBooks aria-hidden size={18} />}
            onClick={() => setBank(true)}
          >
            {t('sessions.fromBank')}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                leftSection={<IconPlus aria-hidden size={18} />}
                rightSection={<IconChevronDown aria-hidden size={16} />}
              >
                {t('sessions.addPart')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {SESSION_PART_KINDS.map((kind) => (
                <Menu.Item key={kind} onClick={() => setAdding(kind)}>
                  {t(`partKind.${kind}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {session.parts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('sessions.agendaEmpty')}
        </Text>
      )}
      {session.parts.map((part, index) => (
        <PartBlock
          key={part.id}
          engagementId={engagementId}
          sessionId={session.id}
          part={part}
          index={index}
          count={session.parts.length}
        />
      ))}
      <AddPartModal
        engagementId={engagementId}
        sessionId={session.id}
        kind={adding}
        onClose={() => setAdding(null)}
      />
      <StatementBankModal
        engagementId={engagementId}
        sessionId={session.id}
        opened={bank}
        onClose={() => setBank(false)}
      />
    </Stack>
  );
}

function AddPartModal(props: {
  engagementId: string;
  sessionId: string;
  kind: SessionPartKind | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const kindName = props.kind ? t(`partKind.${props.kind}`) : '';
  return (
    <Modal
      opened={props.kind !== null}
      onClose={props.onClose}
      title={t('sessions.addPartTitle', { kind: kindName })}
    >
      {props.kind && <AddPartForm {...props} kind={props.kind} />}
    </Modal>
  );
}

function AddPartForm({
  engagementId,
  sessionId,
  kind,
  onClose,
}: {
  engagementId: string;
  sessionId: string;
  kind: SessionPartKind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const [title, setTitle] = useState('');
  const [rounds, setRounds] = useState<number>(kind === 'stelling' || kind === 'tafel' ? 2 : 1);
  const [submitted, setSubmitted] = useState(false);
  const add = useCoreMutation('session:addPart', {
    invalidates: ['session:list'],
    onSuccess: (session) => {
      cache.set('session:get', { engagementId, id: sessionId }, session);
      onClose();
    },
  });
  const error = title.trim() === '' ? t('sessions.partTitleRequired') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (error) return;
    add.mutate({ engagementId, sessionId, kind, fields: { title: title.trim(), rounds } });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={kind === 'stelling' ? t('sessions.statementText') : t('sessions.partTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={submitted ? error : null}
          maxLength={500}
          required
          data-autofocus
        />
        {kind !== 'voorbeeld' && kind !== 'agendapunt' && (
          <NumberInput
            label={t('sessions.rounds')}
            value={rounds}
            onChange={(value) => setRounds(typeof value === 'number' ? value : 1)}
            min={1}
            max={9}
            allowDecimal={false}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('actions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
