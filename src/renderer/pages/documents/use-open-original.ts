import { openDocument } from '../../api/files';
import { KoersError } from '../../api/koers-error';
import { notifyError } from '../../api/notify';

/** "Origineel openen": the system viewer in Electron, a download in browser mode. */
export function useOpenOriginal(engagementId: string): (documentId: string) => void {
  return (documentId) => {
    void openDocument(engagementId, documentId).then((result) => {
      if (!result.ok) notifyError(new KoersError(result.error));
    }, notifyError);
  };
}
