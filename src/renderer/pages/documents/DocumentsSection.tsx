import type { SectionPageProps } from '../../app/sections';
import { DocumentDetailPage } from './DocumentDetailPage';
import { DocumentsPage } from './DocumentsPage';

/** The register, or one document when the route names it. */
export function DocumentsSection({ engagementId, itemId, page }: SectionPageProps) {
  if (!itemId) return <DocumentsPage engagementId={engagementId} />;
  return (
    <DocumentDetailPage
      key={itemId}
      engagementId={engagementId}
      documentId={itemId}
      {...(page && { page })}
    />
  );
}
