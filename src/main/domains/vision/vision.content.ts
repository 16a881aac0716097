import { z } from 'zod';
import { houseStyleSchema } from '../../../shared/domain/engagement.js';
import {
  POSTER_FORMATS,
  POSTER_LAYOUTS,
  VISION_PASSAGE_KINDS,
  type VisionVersionContent,
} from '../../../shared/domain/vision.js';
import { QUARTER_PATTERN } from '../../../shared/domain/roadmap.js';
import type { PosterRoadmap } from '../../../shared/poster/poster-input.js';

// What a frozen version holds (vision_version.content_json, and the interchange format's
// versions): the passages with their links, the poster settings and the house style at the
// time. Read back through this schema, so a damaged file is reported, not half-shown. Strings
// are kept as stored (no trimming): a frozen text is never rewritten, not even by a space.

const LONG = 20_000;
const text = (max: number) => z.string().max(max);
const id = z.uuid();

export const versionPassageSchema = z.object({
  id: id.describe(
    'The passage id in the working copy when frozen; matches passages across versions.',
  ),
  kind: z.enum(VISION_PASSAGE_KINDS),
  title: z.string().min(1).max(300),
  body: text(LONG),
  forInhabitants: text(LONG),
  forStaff: text(LONG),
  forBoard: text(LONG),
  themeId: id.nullable(),
  portfolioHolderId: id.nullable(),
  portfolioHolderName: text(200).nullable(),
  position: z.number().int().min(0).max(100_000),
  findings: z
    .array(z.object({ id, statement: text(2000) }))
    .max(10_000)
    .describe('The linked findings as worded when frozen, in order.'),
});

export const posterSchema = z.object({
  title: text(300),
  layout: z.enum(POSTER_LAYOUTS),
  format: z.enum(POSTER_FORMATS),
  roadmapBand: z
    .boolean()
    .nullable()
    .optional()
    .describe(
      'The routekaart band: true or false as chosen; null (or absent, before the band existed) for the default: on for A0 once the routekaart has items.',
    ),
});

const quarter = z.string().regex(QUARTER_PATTERN);
const lane = text(60).nullable();

/** The routekaart as the poster's band showed it when the version was frozen. */
export const posterRoadmapSchema: z.ZodType<PosterRoadmap> = z.object({
  quarters: z.array(quarter).max(40).describe('The horizon’s quarters, in order (2027-Q1 …).'),
  lanes: z
    .array(z.object({ key: text(60), label: text(300) }))
    .max(50)
    .describe('The lanes (bouwstenen) in order, named in the poster’s language.'),
  items: z
    .array(
      z.object({
        kind: z.enum(['project', 'activiteit', 'quick-win', 'doorlopend']),
        title: text(300),
        startQuarter: quarter,
        endQuarter: quarter,
        lane,
      }),
    )
    .max(10_000),
  milestones: z
    .array(z.object({ title: text(300), quarter, lane }))
    .max(10_000)
    .describe('Reached at the end of their quarter.'),
});

export const versionContentSchema: z.ZodType<VisionVersionContent> = z.object({
  passages: z.array(versionPassageSchema).max(10_000),
  poster: posterSchema,
  houseStyle: houseStyleSchema,
  roadmap: posterRoadmapSchema
    .optional()
    .describe('The routekaart on the poster’s band when frozen; absent when it had no items.'),
});
