import { z } from 'zod';
import {
  hexColorSchema,
  isoDateSchema,
  languageSchema,
  requiredText,
  shortText,
  type Language,
  type Timestamps,
} from './common.js';

export const ENGAGEMENT_STATUSES = ['voorbereiding', 'lopend', 'afgerond', 'gearchiveerd'] as const;
export const engagementStatusSchema = z.enum(ENGAGEMENT_STATUSES);
export type EngagementStatus = z.infer<typeof engagementStatusSchema>;

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
/** 2 MB of logo is plenty for a cover page; larger would bloat every export. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

export const logoSchema = z.object({
  mimeType: z.enum(LOGO_MIME_TYPES),
  // base64 of the image bytes; 4/3 of the byte limit plus padding.
  dataBase64: z
    .string()
    .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type Logo = z.infer<typeof logoSchema>;

export const houseStyleSchema = z.object({
  primaryColor: hexColorSchema,
  secondaryColor: hexColorSchema,
  fontName: requiredText(100),
  logo: logoSchema.nullable(),
});
export type HouseStyle = z.infer<typeof houseStyleSchema>;

export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  primaryColor: '#1f4e79',
  secondaryColor: '#f2a900',
  fontName: 'Calibri',
  logo: null,
};

export const engagementFieldsSchema = z.object({
  clientName: requiredText(200),
  title: requiredText(300),
  consultants: z.array(requiredText(200)).max(50),
  startDate: isoDateSchema.nullable(),
  status: engagementStatusSchema,
  language: languageSchema,
  houseStyle: houseStyleSchema,
});
export type EngagementFields = z.infer<typeof engagementFieldsSchema>;

export interface Engagement extends EngagementFields, Timestamps {
  id: string;
  /** Version of the method content copied into this file when it was created. */
  methodVersion: string;
}

/** What the shells and the renderer know about an open engagement file. */
export interface OpenEngagement {
  engagementId: string;
  fileName: string;
  /** Absolute path, for display only; the renderer never sends it back. */
  displayPath: string;
  title: string;
  clientName: string;
  language: Language;
}

export const engagementFileNameSchema = shortText(200);
