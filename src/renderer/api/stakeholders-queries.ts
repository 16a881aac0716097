import { useCoreQuery } from './core-hooks';

export const useStakeholders = (engagementId: string) =>
  useCoreQuery('stakeholder:list', { engagementId });
