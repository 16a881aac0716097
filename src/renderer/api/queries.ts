import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { call } from './koers-error';
import { queryKeys } from './query-keys';

export const useAppInfo = () =>
  useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: () => call(api['app:info']({})),
    staleTime: Infinity,
  });

export const usePreferences = () =>
  useQuery({ queryKey: queryKeys.preferences, queryFn: () => call(api['preferences:get']({})) });

export const useRecent = () =>
  useQuery({ queryKey: queryKeys.recent, queryFn: () => call(api['recent:list']({})) });

export const useOpenEngagements = () =>
  useQuery({
    queryKey: queryKeys.openEngagements,
    queryFn: () => call(api['engagement:listOpen']({})),
  });

export const useWorkspaceFiles = (enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.workspace,
    queryFn: () => call(api['workspace:list']({})),
    enabled,
  });

export const useEngagement = (engagementId: string) =>
  useQuery({
    queryKey: queryKeys.engagement(engagementId),
    queryFn: () => call(api['engagement:get']({ engagementId })),
    meta: { inlineError: true },
  });

export const useOverview = (engagementId: string) =>
  useQuery({
    queryKey: queryKeys.overview(engagementId),
    queryFn: () => call(api['engagement:overview']({ engagementId })),
  });

export const useStakeholders = (engagementId: string) =>
  useQuery({
    queryKey: queryKeys.stakeholders(engagementId),
    queryFn: () => call(api['stakeholder:list']({ engagementId })),
  });
