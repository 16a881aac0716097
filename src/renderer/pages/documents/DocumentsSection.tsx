import { useRoute } from '../../app/router';
import { DocumentDetailPage } from './DocumentDetailPage';
import { DocumentsPage } from './DocumentsPage';

/** The register, or one document when the route names it. */
export function DocumentsSection({ engagementId }: { engagementId: string }) {
  const route = useRoute();
  const itemId = route.name === 'engagement' ? route.itemId : undefined;
  if (!itemId) return <DocumentsPage engagementId={engagementId} />;
  return <DocumentDetailPage key={itemId} engagementId={engagementId} documentId={itemId} />;
}
