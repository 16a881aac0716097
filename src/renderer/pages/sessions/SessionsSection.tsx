import type { SectionPageProps } from '../../app/sections';
import { RoomDisplay } from './RoomDisplay';
import { SessionDetailPage } from './SessionDetailPage';
import { SessionsPage } from './SessionsPage';

/** The list, one session, or its full-screen room display when the route names that view. */
export function SessionsSection({ engagementId, engagement, itemId, view }: SectionPageProps) {
  if (!itemId) return <SessionsPage engagementId={engagementId} />;
  if (view === 'room')
    return (
      <RoomDisplay
        key={itemId}
        engagementId={engagementId}
        engagement={engagement}
        sessionId={itemId}
      />
    );
  return <SessionDetailPage key={itemId} engagementId={engagementId} sessionId={itemId} />;
}
