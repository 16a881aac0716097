import { useCoreQuery } from './core-hooks';

export const useDocuments = (engagementId: string) =>
  useCoreQuery('document:list', { engagementId });

/** The document page shows a failure itself (a document deleted elsewhere). */
export const useDocument = (engagementId: string, id: string) =>
  useCoreQuery('document:get', { engagementId, id }, { meta: { inlineError: true } });
