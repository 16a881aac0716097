import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { call } from './koers-error';

/** The document types the core can make; fixed for a run of the app. */
export const useExportTypes = () =>
  useQuery({
    queryKey: ['exportTypes'],
    queryFn: () => call(api['export:types']({})),
    staleTime: Infinity,
  });
