import type { TFunction } from 'i18next';
import type { EngagementProgress } from '../../../shared/domain/adoption.js';

// The overview's numbers per step: what exists, and beside it what is still open.

export interface StepNumber {
  label: string;
  /** The count (or the version label). */
  value: string;
  /** What is open or the detail ("3 van 5 gehouden"); empty when nothing to add. */
  detail: string;
  /** Something waits here: the detail is shown as a warning. */
  open: boolean;
}

const n = (value: number): string => String(value);

export function progressNumbers(
  t: TFunction,
  progress: EngagementProgress,
  step: number,
): StepNumber[] {
  switch (step) {
    case 1: {
      const s = progress.step1;
      return [
        { label: t('progress.documents'), value: n(s.documents), detail: '', open: false },
        {
          label: t('progress.interviews'),
          value: n(s.interviews),
          detail:
            s.interviews > 0
              ? t('progress.interviewsHeld', { held: s.interviewsHeld, total: s.interviews })
              : '',
          open: s.interviewsHeld < s.interviews,
        },
        { label: t('progress.findings'), value: n(s.findings), detail: '', open: false },
        { label: t('progress.themes'), value: n(s.themes), detail: '', open: false },
      ];
    }
    case 2: {
      const s = progress.step2;
      return [
        {
          label: t('progress.sessions'),
          value: n(s.sessions),
          detail:
            s.sessions > 0
              ? t('progress.sessionsHeld', { held: s.sessionsHeld, total: s.sessions })
              : '',
          open: s.sessionsHeld < s.sessions,
        },
        { label: t('progress.participants'), value: n(s.participants), detail: '', open: false },
        {
          label: t('progress.positions'),
          value: n(s.stakeholderPositions),
          detail: '',
          open: false,
        },
        { label: t('progress.roles'), value: n(s.roles), detail: '', open: false },
      ];
    }
    case 3: {
      const s = progress.step3;
      return [
        {
          label: t('progress.passages'),
          value: n(s.passages),
          detail:
            s.unsupportedPassages > 0
              ? t('progress.unsupported', { count: s.unsupportedPassages })
              : '',
          open: s.unsupportedPassages > 0,
        },
        {
          label: t('progress.versions'),
          value: n(s.versions),
          detail: s.latestVersionLabel
            ? t('progress.latestVersion', { label: s.latestVersionLabel })
            : '',
          open: false,
        },
        {
          label: t('progress.openFeedback'),
          value: n(s.openFeedback),
          detail: '',
          open: s.openFeedback > 0,
        },
      ];
    }
    case 4: {
      const s = progress.step4;
      return [
        { label: t('progress.presentations'), value: n(s.presentations), detail: '', open: false },
        { label: t('progress.decisions'), value: n(s.decisions), detail: '', open: false },
        {
          label: t('progress.adopted'),
          value: s.adoptedVersionLabel
            ? t('progress.adoptedVersion', { label: s.adoptedVersionLabel })
            : t('progress.notAdopted'),
          detail: '',
          open: s.adoptedVersionLabel === null,
        },
        {
          label: t('progress.borging'),
          value: `${s.borgingDone}/${s.borgingTotal}`,
          detail:
            s.borgingDone < s.borgingTotal
              ? t('progress.borgingOpen', { count: s.borgingTotal - s.borgingDone })
              : '',
          open: s.borgingDone < s.borgingTotal,
        },
      ];
    }
    default:
      return [];
  }
}
