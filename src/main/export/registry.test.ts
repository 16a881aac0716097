import { describe, expect, it } from 'vitest';
import { EXPORT_MIME, EXPORT_TYPES } from '../../shared/domain/export.js';
import { exportDescriptor, exportTypes } from './registry.js';

describe('export registry', () => {
  it('lists every type of the contract once, in its order', () => {
    expect(exportTypes().map((info) => info.type)).toEqual([...EXPORT_TYPES]);
  });

  it('loads, for each type, a builder whose file kind is the one the list announces', async () => {
    for (const type of EXPORT_TYPES) {
      const { info } = exportDescriptor(type);
      const builder = await exportDescriptor(type).load();
      expect(builder.mimeType, type).toBe(EXPORT_MIME[info.format]);
    }
  });

  it('marks only the interview report as made for one interview', () => {
    expect(
      exportTypes()
        .filter((info) => info.needsInterview)
        .map((info) => info.type),
    ).toEqual(['interview-report']);
  });

  it('marks the two nulmeting documents as made for one measurement', () => {
    expect(
      exportTypes()
        .filter((info) => info.takesAssessment)
        .map((info) => info.type),
    ).toEqual(['nulmeting-report', 'nulmeting-scores']);
  });
});
