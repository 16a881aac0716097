import { describe, expect, it } from 'vitest';
import type { VisionAdoption } from '../../src/shared/domain/adoption.js';
import type { VisionVersionSummary } from '../../src/shared/domain/vision.js';
import { adoptionLine, posterVersion } from '../../src/shared/poster/poster-version.js';

const version = (
  id: string,
  label: string,
  status: VisionVersionSummary['status'],
  frozenAt: string,
): VisionVersionSummary => ({
  id,
  label,
  status,
  frozenAt,
  note: '',
  restoredLabel: null,
  passageCount: 2,
  feedbackCount: 0,
  openFeedbackCount: 0,
});
const passages = [
  { createdAt: '2027-03-01T09:00:00.000Z', updatedAt: '2027-03-01T09:00:00.000Z' },
  { createdAt: '2027-03-01T09:00:00.000Z', updatedAt: '2027-03-02T09:00:00.000Z' },
];
const versions = [
  version('v1', '0.2', 'concept', '2027-03-03T10:00:00.000Z'),
  version('v0', '0.1', 'concept', '2027-03-01T10:00:00.000Z'),
  version('h1', 'H1', 'herstelpunt', '2027-03-04T10:00:00.000Z'),
];
const adoption: VisionAdoption = {
  versionId: 'v1',
  versionLabel: '0.2',
  decisions: [
    { body: 'mt', kind: 'vastgesteld', date: '2027-03-12' },
    { body: 'raad', kind: 'bekrachtigd', date: '2027-03-26' },
  ],
};

describe('posterVersion: the one rule of the preview and the exported poster', () => {
  it('is a concept of the latest real version until it is adopted', () => {
    expect(posterVersion({ passages, versions, adoption: null }, 'nl')).toEqual({
      label: '0.2',
      isDraft: true,
      footer: null,
    });
    expect(posterVersion({ passages: [], versions: [], adoption: null }, 'nl').label).toBe(
      'concept',
    );
  });

  it('drops the CONCEPT mark and names the decisions once the version is adopted', () => {
    expect(posterVersion({ passages, versions, adoption }, 'nl')).toEqual({
      label: '0.2',
      isDraft: false,
      footer: {
        status:
          'Vastgesteld door het MT op 12 maart 2027 · bekrachtigd door de raad op 26 maart 2027',
      },
    });
    expect(adoptionLine(adoption, 'en')).toBe(
      'Adopted by the management team on 12 March 2027 · ratified by the council on 26 March 2027',
    );
  });

  it('is a concept again when the working copy changed after the adopted version', () => {
    const edited = [
      ...passages,
      { createdAt: '2027-04-01T09:00:00.000Z', updatedAt: '2027-04-01T09:00:00.000Z' },
    ];
    expect(posterVersion({ passages: edited, versions, adoption }, 'nl')).toMatchObject({
      isDraft: true,
      footer: null,
    });
  });
});
