import { useSyncExternalStore } from 'react';

// A hash router is all Koers needs: Electron loads the page from file://, where path routes
// would point at files, and there are only a handful of screens.

export const ENGAGEMENT_SECTIONS = ['overview', 'stakeholders', 'settings'] as const;
export type EngagementSection = (typeof ENGAGEMENT_SECTIONS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'engagement'; engagementId: string; section: EngagementSection }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  const match = /^\/e\/([0-9a-f-]{36})(?:\/([a-z]+))?$/i.exec(path);
  if (match?.[1]) {
    const section = (match[2] ?? 'overview') as EngagementSection;
    if (ENGAGEMENT_SECTIONS.includes(section)) {
      return { name: 'engagement', engagementId: match[1], section };
    }
  }
  return { name: 'notFound' };
}

export const homePath = (): string => '#/';
export const engagementPath = (
  engagementId: string,
  section: EngagementSection = 'overview',
): string => `#/e/${engagementId}/${section}`;

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
