import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract.js';
import { exportStartInput, exportSubject } from './export-subject.js';

const ENGAGEMENT = '3f1c1d52-7b0e-4c51-9d0e-0a6f1f0f6a11';
const ONE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const ZERO = '0b7e4c2a-1d3f-4a5b-9c8d-7e6f5a4b3c2d';
const INTERVIEW = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

const nulmeting = { needsInterview: false, takesAssessment: true };
const interview = { needsInterview: true, takesAssessment: false };
const plain = { needsInterview: false, takesAssessment: false };
// assessment:list answers newest first: the 1-meting, then the 0-meting.
const measured = { interviews: [], assessments: [{ id: ONE }, { id: ZERO }] };
const none = { interviewId: null, assessmentId: null };

describe('exportSubject', () => {
  it('takes the newest measurement until the consultant chooses another', () => {
    expect(exportSubject(nulmeting, measured, none)).toEqual({
      interviewId: null,
      assessmentId: ONE,
      ready: true,
      missing: null,
    });
    expect(
      exportSubject(nulmeting, measured, { interviewId: null, assessmentId: ZERO }).assessmentId,
    ).toBe(ZERO);
  });

  it('falls back to the newest when the chosen measurement was deleted meanwhile', () => {
    const zeroGone = { interviews: [], assessments: [{ id: ONE }] };
    expect(
      exportSubject(nulmeting, zeroGone, { interviewId: null, assessmentId: ZERO }).assessmentId,
    ).toBe(ONE);
  });

  it('cannot be made without a measurement, and says so only once the list is known', () => {
    expect(exportSubject(nulmeting, { interviews: [], assessments: [] }, none)).toEqual({
      interviewId: null,
      assessmentId: null,
      ready: false,
      missing: 'assessment',
    });
    expect(exportSubject(nulmeting, { interviews: [], assessments: undefined }, none)).toEqual({
      interviewId: null,
      assessmentId: null,
      ready: false,
      missing: null,
    });
  });

  it('asks for an interview only for the interview report, and a measurement only for the nulmeting', () => {
    const lists = { interviews: [{ id: INTERVIEW }], assessments: [] };
    expect(exportSubject(interview, lists, none)).toMatchObject({
      interviewId: INTERVIEW,
      assessmentId: null,
      ready: true,
    });
    expect(exportSubject(interview, { interviews: [], assessments: [] }, none).missing).toBe(
      'interview',
    );
    // The findings report needs neither, even while both lists load.
    expect(
      exportSubject(plain, { interviews: undefined, assessments: undefined }, none),
    ).toMatchObject({ interviewId: null, assessmentId: null, ready: true, missing: null });
  });
});

describe('exportStartInput', () => {
  it('sends the chosen measurement, and passes the contract’s schema', () => {
    const subject = exportSubject(nulmeting, measured, { interviewId: null, assessmentId: ZERO });
    const input = exportStartInput(ENGAGEMENT, 'nulmeting-report', { language: 'nl' }, subject);
    expect(input).toEqual({
      engagementId: ENGAGEMENT,
      type: 'nulmeting-report',
      options: { language: 'nl' },
      assessmentId: ZERO,
    });
    expect(contract['export:start'].input.parse(input)).toMatchObject({ assessmentId: ZERO });
  });

  it('sends neither id for a document made for the whole engagement', () => {
    const input = exportStartInput(
      ENGAGEMENT,
      'findings-register',
      {},
      exportSubject(plain, measured, none),
    );
    expect(input).toEqual({ engagementId: ENGAGEMENT, type: 'findings-register', options: {} });
  });
});
