import type { SearchHit } from '../../shared/domain/search.js';
import { documentHref, engagementPath, interviewHref, sessionHref } from '../app/router.js';

/** What opening a search hit means: a place to go, or a finding to show in the findings view. */
export type SearchTarget = { href: string } | { href: string; findingId: string };

export function searchTarget(engagementId: string, hit: SearchHit): SearchTarget {
  switch (hit.kind) {
    case 'interview-notes':
      return { href: interviewHref(engagementId, hit.parentId ?? hit.id, hit.questionId) };
    case 'passage':
      return {
        href: hit.parentId
          ? documentHref(engagementId, hit.parentId)
          : engagementPath(engagementId, 'documents'),
      };
    case 'document':
      return { href: documentHref(engagementId, hit.id, hit.page) };
    case 'finding':
      return { href: engagementPath(engagementId, 'findings'), findingId: hit.id };
    case 'stakeholder':
      return { href: engagementPath(engagementId, 'stakeholders') };
    case 'session-input':
      // The input's session (its parent); the list when the hit names none.
      return {
        href: hit.parentId
          ? sessionHref(engagementId, hit.parentId)
          : engagementPath(engagementId, 'sessions'),
      };
  }
}
