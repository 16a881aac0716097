import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconLink, IconUnlink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VisionPassage } from '../../../shared/domain/vision';
import { useCoreMutation } from '../../api/core-hooks';
import { FindingPickerModal } from './FindingPickerModal';
import { VISION_READS } from './vision-queries';

interface Props {
  engagementId: string;
  passage: VisionPassage;
  /** The passage's name as the card shows it. */
  name: string;
  /** Adopted (step 4): the list only, without link, unlink or reorder. */
  locked: boolean;
}

/** The findings that support a passage, in the consultant's order, with unlink and the picker. */
export function LinkedFindings({ engagementId, passage, name, locked }: Props) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const unlink = useCoreMutation('visionPassage:unlinkFinding', { invalidates: VISION_READS });
  const move = useCoreMutation('visionPassage:moveFinding', { invalidates: VISION_READS });
  const moveTo = (findingId: string, position: number) =>
    move.mutate({ engagementId, passageId: passage.id, findingId, position });
  const findings = passage.findings;

  return (
    <Stack gap={6} component="section" aria-label={`${t('visionFindings.title')}: ${name}`}>
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={4} size="h6">
            {t('visionFindings.title')}
          </Title>
          <Badge variant="outline" color={findings.length === 0 ? 'orange' : 'gray'}>
            {t('visionFindings.count', { count: findings.length })}
          </Badge>
        </Group>
        {!locked && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconLink size={16} aria-hidden />}
            onClick={() => setPicking(true)}
          >
            {t('visionFindings.link')}
          </Button>
        )}
      </Group>
      {findings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('visionFindings.none')}
        </Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none" data-testid="linked-findings">
          {findings.map((f, index) => (
            <List.Item key={f.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                {!locked && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={t('visionFindings.unlink', { statement: f.statement })}
                    onClick={() =>
                      unlink.mutate({ engagementId, passageId: passage.id, findingId: f.id })
                    }
                  >
                    <IconUnlink size={14} aria-hidden />
                  </ActionIcon>
                )}
                <Text size="sm" style={{ flex: 1 }}>
                  {f.statement}
                </Text>
                <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                  {t(`findingKinds.${f.kind}`)}
                </Badge>
                {!locked && findings.length > 1 && (
                  <Group gap={0} wrap="nowrap">
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="gray"
                      disabled={index === 0}
                      aria-label={t('visionFindings.moveUp', { statement: f.statement })}
                      onClick={() => moveTo(f.id, index - 1)}
                    >
                      <IconChevronUp size={14} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="gray"
                      disabled={index === findings.length - 1}
                      aria-label={t('visionFindings.moveDown', { statement: f.statement })}
                      onClick={() => moveTo(f.id, index + 1)}
                    >
                      <IconChevronDown size={14} aria-hidden />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {picking && !locked && (
        <FindingPickerModal
          engagementId={engagementId}
          passage={passage}
          name={name}
          onClose={() => setPicking(false)}
        />
      )}
    </Stack>
  );
}
