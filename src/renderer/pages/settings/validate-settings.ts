import type { TFunction } from 'i18next';
import type { EngagementFields } from '../../../shared/domain/engagement';

export interface SettingsErrors {
  clientName?: string;
  title?: string;
  primaryColor?: string;
  secondaryColor?: string;
  fontName?: string;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The same rules as the contract's schema, phrased for the person filling in the form. */
export function validateSettings(fields: EngagementFields, t: TFunction): SettingsErrors {
  const errors: SettingsErrors = {};
  if (fields.clientName.trim() === '') errors.clientName = t('settings.required');
  if (fields.title.trim() === '') errors.title = t('settings.required');
  if (!HEX.test(fields.houseStyle.primaryColor)) errors.primaryColor = t('settings.colorInvalid');
  if (!HEX.test(fields.houseStyle.secondaryColor))
    errors.secondaryColor = t('settings.colorInvalid');
  if (fields.houseStyle.fontName.trim() === '') errors.fontName = t('settings.required');
  return errors;
}
