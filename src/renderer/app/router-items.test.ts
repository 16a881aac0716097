import { describe, expect, it } from 'vitest';
import { documentHref, interviewHref, parseRoute, roadmapItemHref, sessionHref } from './router.js';

const E = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
const I = '0b7e4c2a-1d3f-4a5b-9c8d-7e6f5a4b3c2d';
const Q = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('routes to one document or interview', () => {
  it('reads the lists, a record and a question to focus', () => {
    expect(parseRoute(`#/e/${E}/documents`)).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'documents',
    });
    expect(parseRoute(documentHref(E, I))).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'documents',
      itemId: I,
    });
    expect(parseRoute(interviewHref(E, I))).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'interviews',
      itemId: I,
    });
    expect(parseRoute(interviewHref(E, I, Q))).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'interviews',
      itemId: I,
      focus: Q,
    });
  });

  it('reads a section path with a hyphen, and no stray hyphens', () => {
    expect(parseRoute(`#/e/${E}/stakeholder-tools`)).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'stakeholderTools',
    });
    expect(parseRoute(`#/e/${E}/stakeholder-`)).toEqual({ name: 'notFound' });
    expect(parseRoute(`#/e/${E}/-tools`)).toEqual({ name: 'notFound' });
  });

  it('reads a document page to show, from a search hit on that page', () => {
    expect(documentHref(E, I, 3)).toBe(`#/e/${E}/documents/${I}?page=3`);
    expect(parseRoute(documentHref(E, I, 3))).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'documents',
      itemId: I,
      page: 3,
    });
    for (const hash of [`#/e/${E}/documents/${I}?page=0`, `#/e/${E}/documents/${I}?page=x`]) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });

  it('builds the hrefs the search palette and findings link to', () => {
    expect(interviewHref(E, I, Q)).toBe(`#/e/${E}/interviews/${I}?q=${Q}`);
    expect(interviewHref(E, I, null)).toBe(`#/e/${E}/interviews/${I}`);
    expect(documentHref(E, I)).toBe(`#/e/${E}/documents/${I}`);
  });

  it('refuses records under sections that have none, and malformed ids', () => {
    for (const hash of [
      `#/e/${E}/stakeholders/${I}`,
      `#/e/${E}/interviews/not-an-id`,
      `#/e/${E}/interviews/${I}?q=x`,
      `#/e/${E}/interviews?q=${Q}`,
    ]) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });

  it('reads a session and its full-screen room display, and no views elsewhere', () => {
    expect(sessionHref(E, I, 'room')).toBe(`#/e/${E}/sessions/${I}/room`);
    expect(parseRoute(sessionHref(E, I))).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'sessions',
      itemId: I,
    });
    expect(parseRoute(sessionHref(E, I, 'room'))).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'sessions',
      itemId: I,
      view: 'room',
    });
    for (const hash of [
      `#/e/${E}/interviews/${I}/room`,
      `#/e/${E}/sessions/${I}/stage`,
      `#/e/${E}/sessions/room`,
    ]) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });

  it('reads an action of the routekaart to select, from a trace link', () => {
    expect(roadmapItemHref(E, I)).toBe(`#/e/${E}/routekaart/${I}`);
    expect(parseRoute(roadmapItemHref(E, I))).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'roadmap',
      itemId: I,
    });
    expect(parseRoute(`#/e/${E}/routekaart`)).toEqual({
      name: 'engagement',
      engagementId: E,
      section: 'roadmap',
    });
    expect(parseRoute(`#/e/${E}/routekaart/not-an-id`)).toEqual({ name: 'notFound' });
  });
});
