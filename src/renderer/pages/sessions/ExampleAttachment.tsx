import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../api/documents-queries';
import { openDocument } from '../../api/files';
import { KoersError } from '../../api/koers-error';
import { notifyError } from '../../api/notify';

interface Props {
  engagementId: string;
  documentId: string | null;
  onChange: (documentId: string | null) => void;
}

/**
 * An example's attachment (the other municipality's vision poster, a report): one of the
 * engagement's documents, so the file itself stays in the engagement file and in its search.
 */
export function ExampleAttachment({ engagementId, documentId, onChange }: Props) {
  const { t } = useTranslation();
  const documents = useDocuments(engagementId);
  const data = (documents.data ?? []).map((d) => ({ value: d.id, label: d.title }));
  const open = async () => {
    if (!documentId) return;
    const result = await openDocument(engagementId, documentId);
    if (!result.ok) notifyError(new KoersError(result.error));
  };
  return (
    <Group gap={4} align="flex-end">
      <Select
        size="xs"
        w={260}
        label={t('sessions.attachment')}
        placeholder={
          data.length === 0 ? t('sessions.attachmentNone') : t('sessions.attachmentPick')
        }
        data={data}
        value={documentId}
        onChange={onChange}
        clearable
        searchable
        disabled={data.length === 0 && documentId === null}
        nothingFoundMessage={t('sessions.attachmentNotFound')}
      />
      {documentId && (
        <Tooltip label={t('sessions.attachmentOpen')}>
          <ActionIcon variant="subtle" aria-label={t('sessions.attachmentOpen')} onClick={open}>
            <IconExternalLink size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
