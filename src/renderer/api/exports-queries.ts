import { useCoreQuery } from './core-hooks';

/** The document types the core can make; fixed for a run of the app. */
export const useExportTypes = () => useCoreQuery('export:types', {}, { staleTime: Infinity });
