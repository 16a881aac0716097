import { Suspense, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { CommandsProvider } from './app/CommandsProvider';
import { LanguageSync } from './app/LanguageSync';
import { createQueryClient } from './app/query-client';
import { useRoute } from './app/router';
import { screenSection } from './app/sections';
import { theme } from './app/theme';
import { NotFoundPage } from './pages/NotFoundPage';
import { PageLoader } from './components/PageLoader';
import { EngagementLayout } from './pages/engagement/EngagementLayout';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <Notifications position="top-right" />
          <LanguageSync>
            <CommandsProvider>
              <Screens />
            </CommandsProvider>
          </LanguageSync>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}

function Screens() {
  const route = useRoute();
  switch (route.name) {
    case 'screen': {
      const Page = screenSection(route.section)?.Page;
      if (!Page) return <NotFoundPage />;
      return (
        <Suspense fallback={<PageLoader fullScreen />}>
          <Page />
        </Suspense>
      );
    }
    case 'engagement':
      // Keyed by id: switching engagements starts every form afresh.
      return (
        <EngagementLayout
          key={route.engagementId}
          engagementId={route.engagementId}
          section={route.section}
          itemId={route.itemId}
          focus={route.focus}
          page={route.page}
          view={route.view}
        />
      );
    case 'notFound':
      return <NotFoundPage />;
  }
}
