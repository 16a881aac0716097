import { Badge } from '@mantine/core';
import type { Theme } from '../../../shared/domain/overview';

/** A theme as a small chip in its own colour: a coloured dot, so any colour stays readable. */
export function ThemeChip({ theme }: { theme: Pick<Theme, 'name' | 'color'> }) {
  return (
    <Badge
      variant="dot"
      color={theme.color}
      size="sm"
      radius="sm"
      tt="none"
      fw={500}
      styles={{ root: { maxWidth: 220 } }}
    >
      {theme.name}
    </Badge>
  );
}
