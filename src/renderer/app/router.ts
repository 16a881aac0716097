import { useSyncExternalStore } from 'react';

// A hash router is all Koers needs: Electron loads the page from file://, where path routes
// would point at files, and there are only a handful of screens.

export const ENGAGEMENT_SECTIONS = [
  'overview',
  'stakeholders',
  'documents',
  'interviews',
  'findings',
  'matrix',
  'exports',
  'settings',
] as const;
/** Sections whose records have a page of their own: `#/e/<id>/<section>/<itemId>`. */
const SECTIONS_WITH_ITEMS: readonly EngagementSection[] = ['documents', 'interviews'];
export type EngagementSection = (typeof ENGAGEMENT_SECTIONS)[number];

export type Route =
  | { name: 'home' }
  | {
      name: 'engagement';
      engagementId: string;
      section: EngagementSection;
      /** One record of the section (a document, an interview), when the hash names one. */
      itemId?: string;
      /** A place inside that record to scroll to, from `?q=`: an interview question. */
      focus?: string;
    }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  const match =
    /^\/e\/([0-9a-f-]{36})(?:\/([a-z]+)(?:\/([0-9a-f-]{36})(?:\?q=([0-9a-f-]{36}))?)?)?$/i.exec(
      path,
    );
  if (match?.[1]) {
    const section = (match[2] ?? 'overview') as EngagementSection;
    const [, , , itemId, focus] = match;
    if (
      ENGAGEMENT_SECTIONS.includes(section) &&
      (!itemId || SECTIONS_WITH_ITEMS.includes(section))
    ) {
      return {
        name: 'engagement',
        engagementId: match[1],
        section,
        ...(itemId && { itemId }),
        ...(focus && { focus }),
      };
    }
  }
  return { name: 'notFound' };
}

export const homePath = (): string => '#/';
export const engagementPath = (
  engagementId: string,
  section: EngagementSection = 'overview',
): string => `#/e/${engagementId}/${section}`;

export const documentHref = (engagementId: string, documentId: string): string =>
  `#/e/${engagementId}/documents/${documentId}`;

/** An interview, or one of its questions: the page scrolls to that question and focuses it. */
export const interviewHref = (
  engagementId: string,
  interviewId: string,
  questionId?: string | null,
): string => `#/e/${engagementId}/interviews/${interviewId}${questionId ? `?q=${questionId}` : ''}`;

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = (): string => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseRoute(hash);
}
