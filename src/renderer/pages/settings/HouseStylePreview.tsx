import { Box, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HouseStyle } from '../../../shared/domain/engagement';
import { textOn } from './contrast';
import { logoSrc } from './logo';

interface Props {
  clientName: string;
  houseStyle: HouseStyle;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

export function HouseStylePreview({ clientName, houseStyle }: Props) {
  const { t } = useTranslation();
  const primary = HEX.test(houseStyle.primaryColor) ? houseStyle.primaryColor : '#888888';
  const secondary = HEX.test(houseStyle.secondaryColor) ? houseStyle.secondaryColor : '#cccccc';
  // Quoted so that font names with spaces work; the fallback keeps the preview readable.
  const fontFamily = `"${houseStyle.fontName.replace(/"/g, '')}", system-ui, sans-serif`;

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('settings.previewTitle')}
      </Text>
      <Paper
        withBorder
        radius="md"
        style={{ overflow: 'hidden', fontFamily }}
        role="img"
        aria-label={t('settings.previewLabel')}
      >
        <Box
          bg={primary}
          c={textOn(primary)}
          p="md"
          style={{ display: 'flex', alignItems: 'center', gap: 12 }}
        >
          {houseStyle.logo && (
            <Box bg="white" p={4} style={{ borderRadius: 6 }}>
              <Image src={logoSrc(houseStyle.logo)} alt="" h={36} w="auto" fit="contain" />
            </Box>
          )}
          <Text fw={700} size="lg" style={{ fontFamily }}>
            {clientName}
          </Text>
        </Box>
        <Box h={8} bg={secondary} />
        <Stack p="md" gap="sm">
          <Text size="sm" style={{ fontFamily }}>
            {t('settings.previewText')}
          </Text>
          <Box
            px="sm"
            py={6}
            bg={secondary}
            c={textOn(secondary)}
            style={{
              alignSelf: 'flex-start',
              borderRadius: 4,
              fontFamily,
              fontWeight: 600,
              fontSize: 14,
            }}
          >
            {houseStyle.fontName}
          </Box>
        </Stack>
      </Paper>
    </Stack>
  );
}
