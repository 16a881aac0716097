import { useState } from 'react';
import { Button, FileButton, Group, Image, Input, Paper, Stack, Text } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Logo } from '../../../shared/domain/engagement';
import { LOGO_MIME_TYPES } from '../../../shared/domain/engagement';
import { formatBytes } from '../../components/format';
import { logoSrc, readLogo } from './logo';

interface Props {
  clientName: string;
  logo: Logo | null;
  onChange: (logo: Logo | null) => void;
}

export function LogoField({ clientName, logo, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | null) => {
    if (!file) return;
    const result = await readLogo(file);
    if (result.ok) {
      setError(null);
      onChange(result.logo);
    } else if (result.reason === 'size') {
      setError(t('settings.logoTooLarge', { size: formatBytes(file.size, t, i18n.language) }));
    } else if (result.reason === 'type') {
      setError(t('settings.logoWrongType'));
    } else {
      setError(t('settings.logoReadFailed'));
    }
  };

  return (
    <Input.Wrapper label={t('settings.logo')} description={t('settings.logoHint')} error={error}>
      <Stack gap="xs" mt={6}>
        <Paper
          withBorder
          p="sm"
          h={110}
          display="flex"
          style={{ alignItems: 'center', justifyContent: 'center' }}
        >
          {logo ? (
            <Image
              src={logoSrc(logo)}
              alt={t('settings.logoAlt', { client: clientName })}
              mah={90}
              maw="100%"
              fit="contain"
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('settings.logoNone')}
            </Text>
          )}
        </Paper>
        <Group gap="xs">
          <FileButton onChange={(file) => void choose(file)} accept={LOGO_MIME_TYPES.join(',')}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                size="xs"
                leftSection={<IconUpload aria-hidden size={16} />}
              >
                {logo ? t('settings.logoReplace') : t('settings.logoUpload')}
              </Button>
            )}
          </FileButton>
          {logo && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash aria-hidden size={16} />}
              onClick={() => onChange(null)}
            >
              {t('settings.logoRemove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
