import { useSyncExternalStore } from 'react';
import {
  DEFAULT_ENGAGEMENT_SECTION,
  SECTIONS,
  type EngagementSection,
  type EngagementSectionId,
  type ScreenSection,
  type ScreenSectionId,
} from './sections';

// A hash router is all Koers needs: Electron loads the page from file://, where path routes
// would point at files, and there are only a handful of screens. Which screens exist, and
// which of them have records with a page of their own, is the sections table's business.

export type Route =
  | {
      /** A screen outside any engagement, such as the home screen. */
      name: 'screen';
      section: ScreenSectionId;
    }
  | {
      name: 'engagement';
      engagementId: string;
      section: EngagementSectionId;
      /** One record of the section (a document, an interview), when the hash names one. */
      itemId?: string;
      /** A place inside that record to scroll to, from `?q=`: an interview question. */
      focus?: string;
      /** A page of a document to scroll to, from `?page=` (a search hit on that page). */
      page?: number;
      /** A full-screen view of the record (its section's `views`): the session's room display. */
      view?: string;
    }
  | { name: 'notFound' };

const ENGAGEMENT_HASH =
  /^\/e\/([0-9a-f-]{36})(?:\/([a-z]+(?:-[a-z]+)*)(?:\/([0-9a-f-]{36})(?:\/([a-z]+))?(?:\?(?:q=([0-9a-f-]{36})|page=([1-9]\d{0,5})))?)?)?$/i;

const pathOf = (id: string): string => SECTIONS.find((s) => s.id === id)?.path ?? '';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const screenPath = path.replace(/^\//, '');
  const screen = SECTIONS.find(
    (s): s is ScreenSection => !s.needsEngagement && s.path === screenPath,
  );
  if (screen) return { name: 'screen', section: screen.id };
  const match = ENGAGEMENT_HASH.exec(path);
  if (match?.[1]) {
    const [, engagementId, sectionPath, itemId, view, focus, page] = match;
    const section = SECTIONS.find(
      (s): s is EngagementSection =>
        s.needsEngagement && s.path === (sectionPath ?? pathOf(DEFAULT_ENGAGEMENT_SECTION)),
    );
    const viewKnown = (s: EngagementSection): boolean =>
      view === undefined || ('views' in s && (s.views as readonly string[]).includes(view));
    if (section && (!itemId || section.hasItems) && viewKnown(section)) {
      return {
        name: 'engagement',
        engagementId,
        section: section.id,
        ...(itemId && { itemId }),
        ...(focus && { focus }),
        ...(page && { page: Number(page) }),
        ...(view && { view }),
      };
    }
  }
  return { name: 'notFound' };
}

export const homePath = (): string => `#/${pathOf('home' satisfies ScreenSectionId)}`;
export const engagementPath = (
  engagementId: string,
  section: EngagementSectionId = DEFAULT_ENGAGEMENT_SECTION,
): string => `#/e/${engagementId}/${pathOf(section)}`;

/** A document, or one of its pages: the page scrolls to it (a search hit on that page). */
export const documentHref = (engagementId: string, documentId: string, page?: number): string =>
  `${engagementPath(engagementId, 'documents')}/${documentId}${page ? `?page=${page}` : ''}`;

/** An interview, or one of its questions: the page scrolls to that question and focuses it. */
export const interviewHref = (
  engagementId: string,
  interviewId: string,
  questionId?: string | null,
): string =>
  `${engagementPath(engagementId, 'interviews')}/${interviewId}${questionId ? `?q=${questionId}` : ''}`;

/** A work session, or its full-screen room display (opened in a window of its own). */
export const sessionHref = (engagementId: string, sessionId: string, view?: 'room'): string =>
  `${engagementPath(engagementId, 'sessions')}/${sessionId}${view ? `/${view}` : ''}`;

/** The routekaart with one action selected and scrolled into view (from the trace view). */
export const roadmapItemHref = (engagementId: string, itemId: string): string =>
  `${engagementPath(engagementId, 'roadmap')}/${itemId}`;

/** The trace view of a finding: its source, and the vision passages it supports. */
export const traceFindingHref = (engagementId: string, findingId: string): string =>
  `${engagementPath(engagementId, 'trace')}/${findingId}`;

/** The trace view of a vision passage: the findings that support it, with their sources. */
export const tracePassageHref = (engagementId: string, passageId: string): string =>
  `${engagementPath(engagementId, 'tracePassage')}/${passageId}`;

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
