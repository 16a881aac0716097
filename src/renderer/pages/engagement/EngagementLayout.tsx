import {
  ActionIcon,
  AppShell,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Menu,
  NavLink,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import {
  IconCompass,
  IconDeviceFloppy,
  IconDots,
  IconFileOff,
  IconPencil,
  IconX,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../../app/commands-context';
import { engagementPath, homePath } from '../../app/router';
import { engagementSection, NAV_SECTIONS, type EngagementSectionId } from '../../app/sections';
import { isKoersError } from '../../api/koers-error';
import { useEngagement } from '../../api/engagement-queries';
import { useOpenEngagements } from '../../api/app-queries';
import { PageLoader } from '../../components/PageLoader';
import { SearchLauncher } from '../../search/SearchLauncher';

interface Props {
  engagementId: string;
  section: EngagementSectionId;
  itemId?: string | undefined;
  focus?: string | undefined;
  page?: number | undefined;
  /** A full-screen view of the record: the page alone, without header and navigation. */
  view?: string | undefined;
}

export function EngagementLayout({ engagementId, section, itemId, focus, page, view }: Props) {
  const { t } = useTranslation();
  const commands = useCommands();
  const engagement = useEngagement(engagementId);
  const open = useOpenEngagements();
  const fileName = open.data?.find((e) => e.engagementId === engagementId)?.fileName;

  if (engagement.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (engagement.isError) {
    return (
      <Center mih="100vh" component="main">
        <EmptyState
          withIndicatorBackground
          icon={<IconFileOff aria-hidden />}
          title={t('engagement.notOpenTitle')}
          description={
            // The core's own NOT_OPEN text would repeat the title; other errors say something new.
            isKoersError(engagement.error) &&
            !['NOT_OPEN', 'NOT_FOUND'].includes(engagement.error.code)
              ? engagement.error.message
              : t('engagement.notOpenText')
          }
        >
          <EmptyState.Actions>
            <Button component="a" href={homePath()}>
              {t('app.home')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  }

  const { clientName, title } = engagement.data;
  const Page = engagementSection(section)?.Page;

  if (view && Page) {
    return (
      <Suspense fallback={<PageLoader fullScreen />}>
        <Page
          engagementId={engagementId}
          engagement={engagement.data}
          {...(itemId && { itemId })}
          view={view}
        />
      </Suspense>
    );
  }

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Tooltip label={t('app.home')}>
              <ActionIcon
                component="a"
                href={homePath()}
                variant="subtle"
                size="lg"
                aria-label={t('app.home')}
              >
                <IconCompass size={26} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Stack gap={0} miw={0}>
              <Text size="sm" c="dimmed" truncate>
                {clientName}
              </Text>
              <Text fw={700} size="lg" truncate component="h1" m={0}>
                {title}
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SearchLauncher engagementId={engagementId} />
            {fileName && (
              <Text size="xs" c="dimmed" visibleFrom="md" truncate maw={260}>
                {t('engagement.fileLabel', { fileName })}
              </Text>
            )}
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy aria-hidden size={18} />}
              onClick={commands.saveAs}
            >
              {t('actions.saveAs')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label={t('actions.more')}>
                  <IconDots aria-hidden size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPencil aria-hidden size={16} />}
                  onClick={commands.rename}
                >
                  {t('actions.rename')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button
              variant="light"
              color="gray"
              leftSection={<IconX aria-hidden size={18} />}
              onClick={commands.close}
              loading={commands.busy}
            >
              {t('actions.close')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('engagement.navLabel')}>
        {NAV_SECTIONS.map((item) => (
          <NavLink
            key={item.id}
            href={engagementPath(engagementId, item.id)}
            label={t(item.navLabel)}
            leftSection={<item.icon aria-hidden size={18} />}
            active={item.id === section}
            aria-current={item.id === section ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {Page && (
          <Suspense fallback={<PageLoader />}>
            <Page
              engagementId={engagementId}
              engagement={engagement.data}
              {...(itemId && { itemId })}
              {...(focus && { focus })}
              {...(page && { page })}
            />
          </Suspense>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
