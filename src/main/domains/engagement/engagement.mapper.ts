import type { Engagement, EngagementFields } from '../../../shared/domain/engagement.js';
import type { EngagementPatch, EngagementRow } from './engagement.table.js';

export function engagementFromRow(row: EngagementRow): Engagement {
  return {
    id: row.id,
    clientName: row.client_name,
    title: row.title,
    consultants: JSON.parse(row.consultants_json) as string[],
    startDate: row.start_date,
    status: row.status as Engagement['status'],
    language: row.language as Engagement['language'],
    houseStyle: {
      primaryColor: row.primary_color,
      secondaryColor: row.secondary_color,
      fontName: row.font_name,
      logo:
        row.logo_mime && row.logo_data
          ? {
              mimeType: row.logo_mime as NonNullable<Engagement['houseStyle']['logo']>['mimeType'],
              dataBase64: Buffer.from(row.logo_data).toString('base64'),
            }
          : null,
    },
    methodVersion: row.method_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Only the fields present in `fields` end up in the patch. */
export function engagementPatch(fields: Partial<EngagementFields>): EngagementPatch {
  const patch: EngagementPatch = {};
  if (fields.clientName !== undefined) patch.client_name = fields.clientName;
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.consultants !== undefined) patch.consultants_json = JSON.stringify(fields.consultants);
  if (fields.startDate !== undefined) patch.start_date = fields.startDate;
  if (fields.status !== undefined) patch.status = fields.status;
  if (fields.language !== undefined) patch.language = fields.language;
  const style = fields.houseStyle;
  if (style !== undefined) {
    patch.primary_color = style.primaryColor;
    patch.secondary_color = style.secondaryColor;
    patch.font_name = style.fontName;
    patch.logo_mime = style.logo?.mimeType ?? null;
    patch.logo_data = style.logo ? Buffer.from(style.logo.dataBase64, 'base64') : null;
  }
  return patch;
}
