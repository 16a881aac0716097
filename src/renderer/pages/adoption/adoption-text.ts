import type { TFunction } from 'i18next';
import type { Decision, VisionAdoption } from '../../../shared/domain/adoption';
import { formatDate } from '../../components/format';

// Sentences built from step 4's records, in the UI language. Pure, so they are tested without
// a browser (adoption-view.test.ts).

/** "Versie 0.3 is vastgesteld door het MT op 12 maart 2026 en bekrachtigd door de raad op …". */
export function adoptionSentence(t: TFunction, adoption: VisionAdoption, language: string): string {
  const parts = adoption.decisions.map((d) =>
    t('adoption.banner.decision', {
      kind: t(`adoption.kindsInSentence.${d.kind}`),
      body: t(`adoption.bodiesInSentence.${d.body}`),
      date: formatDate(d.date, language),
    }),
  );
  return t('adoption.banner.adopted', {
    version: adoption.versionLabel,
    decisions: parts.join(t('adoption.banner.and')),
  });
}

/** "Vastgesteld door MT": a decision in a list or a confirmation. */
export const decisionSummary = (t: TFunction, d: Pick<Decision, 'kind' | 'body'>): string =>
  t('adoption.decisions.summary', {
    kind: t(`adoption.kinds.${d.kind}`),
    body: t(`adoption.bodiesInSentence.${d.body}`),
  });

/** A presentation's name where the user wrote none: "MT · 12 maart 2026". */
export const presentationName = (
  t: TFunction,
  p: { title: string; audience: string; date: string },
  language: string,
): string =>
  p.title.trim() !== ''
    ? p.title
    : `${t(`adoption.audiences.${p.audience}`)} · ${formatDate(p.date, language)}`;
