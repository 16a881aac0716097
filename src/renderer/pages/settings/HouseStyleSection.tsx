import { ColorInput, Grid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HouseStyle } from '../../../shared/domain/engagement';
import { HouseStylePreview } from './HouseStylePreview';
import { LogoField } from './LogoField';
import type { SettingsErrors } from './validate-settings';

interface Props {
  clientName: string;
  houseStyle: HouseStyle;
  errors: SettingsErrors;
  onChange: (houseStyle: HouseStyle) => void;
}

// Colours Dutch municipalities often use in their house style, as a head start.
const SWATCHES = [
  '#1f4e79',
  '#00539b',
  '#154273',
  '#007a5e',
  '#2e7d32',
  '#c62828',
  '#d1005d',
  '#6a1b9a',
  '#f2a900',
  '#ef7d00',
  '#5f6b7a',
  '#222222',
];

export function HouseStyleSection({ clientName, houseStyle, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof HouseStyle>(key: K, value: HouseStyle[K]) =>
    onChange({ ...houseStyle, [key]: value });

  return (
    <Stack gap="md" component="section" aria-labelledby="house-style-title">
      <div>
        <Title order={3} size="h4" id="house-style-title">
          {t('settings.houseStyleSection')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.houseStyleHint')}
        </Text>
      </div>
      <Grid gap="xl">
        <Grid.Col span={7}>
          <Stack gap="md">
            <ColorInput
              label={t('settings.primaryColor')}
              format="hex"
              swatches={SWATCHES}
              swatchesPerRow={6}
              value={houseStyle.primaryColor}
              onChange={(value) => set('primaryColor', value)}
              error={errors.primaryColor}
              closeOnColorSwatchClick
            />
            <ColorInput
              label={t('settings.secondaryColor')}
              format="hex"
              swatches={SWATCHES}
              swatchesPerRow={6}
              value={houseStyle.secondaryColor}
              onChange={(value) => set('secondaryColor', value)}
              error={errors.secondaryColor}
              closeOnColorSwatchClick
            />
            <TextInput
              label={t('settings.fontName')}
              value={houseStyle.fontName}
              onChange={(e) => set('fontName', e.currentTarget.value)}
              error={errors.fontName}
              maxLength={100}
              required
            />
            <LogoField
              clientName={clientName}
              logo={houseStyle.logo}
              onChange={(logo) => set('logo', logo)}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <HouseStylePreview clientName={clientName} houseStyle={houseStyle} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
