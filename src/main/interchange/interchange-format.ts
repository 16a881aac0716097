import { z } from 'zod';
import type { DomainArea } from '../domains/domain-area.js';
import { DOMAIN_AREAS } from '../domains/index.js';
import { BASE_FORMAT_VERSION, baseInterchangeSchema } from './interchange-schema.js';
import type { InterchangeSection } from './interchange-section.js';

// The interchange format as this Koers writes and reads it: the base format plus the section
// of every domain area that has one.

export const INTERCHANGE_SECTIONS: readonly InterchangeSection[] = (
  DOMAIN_AREAS as readonly DomainArea[]
).flatMap((area) => area.interchange ?? []);

/** The version this Koers writes, and the newest it reads. */
export const INTERCHANGE_FORMAT_VERSION = Math.max(
  BASE_FORMAT_VERSION,
  ...INTERCHANGE_SECTIONS.map((section) => section.since),
);

const sectionShape: Record<string, z.ZodType> = Object.fromEntries(
  INTERCHANGE_SECTIONS.map((section) => [section.key, section.schema.optional()]),
);

/**
 * Sections are optional: a file from before an area existed has none of its records. Any
 * version up to this Koers's own is read (parse-interchange refuses a newer one first, with
 * its own message).
 */
export const interchangeSchema = baseInterchangeSchema.extend({
  ...sectionShape,
  formatVersion: z.number().int().min(1).max(INTERCHANGE_FORMAT_VERSION),
});
