import type { SectionPageProps } from '../../app/sections';
import { InterviewDetailPage } from './InterviewDetailPage';
import { InterviewsPage } from './InterviewsPage';

/** The list, or one interview when the route names it (and maybe a question to open). */
export function InterviewsSection({ engagementId, itemId, focus }: SectionPageProps) {
  if (!itemId) return <InterviewsPage engagementId={engagementId} />;
  // Keyed by interview: its autosave registry belongs to that one interview.
  return (
    <InterviewDetailPage
      key={itemId}
      engagementId={engagementId}
      interviewId={itemId}
      focusQuestionId={focus}
    />
  );
}
