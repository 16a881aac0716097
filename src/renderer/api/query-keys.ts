// .js extensions: this file's test runs under Node, and Vite maps them to the .ts sources.
import type { InputOf, OperationName } from '../../shared/contract.js';

// Every cached core answer is keyed by its operation and input. Answers about one engagement
// sit under ['engagement', id], so one prefix reaches all of them: a change that moves counts
// on several screens invalidates that prefix, closing the engagement removes it.

export type CoreQueryKey = readonly unknown[];

/** The prefix of everything cached about one engagement. */
export const engagementScope = (engagementId: string) => ['engagement', engagementId] as const;

const engagementIdOf = (input: unknown): string | undefined => {
  if (typeof input !== 'object' || input === null || !('engagementId' in input)) return undefined;
  const id = (input as { engagementId: unknown }).engagementId;
  return typeof id === 'string' ? id : undefined;
};

/** `[name, input]`, or `['engagement', id, name, input]` when the input names an engagement. */
export function coreQueryKey<N extends OperationName>(name: N, input: InputOf<N>): CoreQueryKey {
  const engagementId = engagementIdOf(input);
  return engagementId === undefined
    ? [name, input]
    : [...engagementScope(engagementId), name, input];
}

/**
 * What a change makes stale:
 * - an operation name: every cached answer of that read (within the changed engagement when
 *   the change names one),
 * - 'engagement': everything cached about the changed engagement,
 * - 'all': everything (the UI language changed, so do the core's texts).
 */
export type Invalidation = OperationName | 'engagement' | 'all';

/** Whether a cached answer is made stale by a change to `changedInput`. */
export function isInvalidatedBy(
  key: readonly unknown[],
  target: Invalidation,
  changedInput: unknown,
): boolean {
  if (target === 'all') return true;
  const engagementId = engagementIdOf(changedInput);
  const scoped = key[0] === 'engagement';
  if (target === 'engagement')
    return scoped && engagementId !== undefined && key[1] === engagementId;
  const operation = scoped ? key[2] : key[0];
  return operation === target && (!scoped || engagementId === undefined || key[1] === engagementId);
}

/** Keys that screens outside src/renderer/api still name directly. */
export const queryKeys = {
  engagement: engagementScope,
  overview: (engagementId: string) => coreQueryKey('engagement:overview', { engagementId }),
};
