// One place for cache keys, so a mutation invalidates exactly what it changed.
export const queryKeys = {
  appInfo: ['appInfo'] as const,
  preferences: ['preferences'] as const,
  recent: ['recent'] as const,
  workspace: ['workspace'] as const,
  openEngagements: ['openEngagements'] as const,
  engagement: (id: string) => ['engagement', id] as const,
  overview: (id: string) => ['engagement', id, 'overview'] as const,
  stakeholders: (id: string) => ['engagement', id, 'stakeholders'] as const,
};
