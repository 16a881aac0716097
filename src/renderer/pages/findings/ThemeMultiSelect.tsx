import { ColorSwatch, Group, MultiSelect, Pill, Text } from '@mantine/core';
import type { Theme } from '../../../shared/domain/overview';

interface Props {
  themes: Theme[];
  value: string[];
  onChange: (ids: string[]) => void;
  label: string;
  placeholder?: string;
  nothingFound?: string;
  description?: string;
}

/** The engagement's themes as a searchable multi-select; each option and pill shows its colour. */
export function ThemeMultiSelect({
  themes,
  value,
  onChange,
  label,
  placeholder,
  nothingFound,
  description,
}: Props) {
  const colorOf = new Map(themes.map((theme) => [theme.id, theme.color]));
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? placeholder : undefined}
      data={themes.map((theme) => ({ value: theme.id, label: theme.name }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={nothingFound}
      maxValues={30}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <ColorSwatch color={colorOf.get(option.value) ?? '#868e96'} size={12} aria-hidden />
          <Text size="sm">{option.label}</Text>
        </Group>
      )}
      renderPill={({ option, onRemove }) => (
        <Pill
          withRemoveButton
          onRemove={onRemove}
          removeButtonProps={{ 'aria-label': option.label }}
        >
          <Group gap={6} wrap="nowrap" component="span">
            <ColorSwatch
              component="span"
              color={colorOf.get(String(option.value)) ?? '#868e96'}
              size={10}
              aria-hidden
            />
            {option.label}
          </Group>
        </Pill>
      )}
    />
  );
}
