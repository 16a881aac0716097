import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FindingKind } from '../../../shared/domain/finding';

// Fixed colours per kind, so a consultant learns to read them at a glance.
export const KIND_COLORS: Record<FindingKind, string> = {
  uitdaging: 'orange',
  ambitie: 'teal',
  randvoorwaarde: 'indigo',
  'must-have': 'grape',
  risico: 'red',
  citaat: 'gray',
};

export function KindBadge({ kind }: { kind: FindingKind }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={KIND_COLORS[kind]}
      variant="light"
      size="sm"
      radius="sm"
      tt="none"
      style={{ flexShrink: 0 }}
    >
      {t(`findingKinds.${kind}`)}
    </Badge>
  );
}
