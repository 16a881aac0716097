import { LOGO_MAX_BYTES, LOGO_MIME_TYPES, type Logo } from '../../../shared/domain/engagement';

export type LogoReadResult =
  { ok: true; logo: Logo } | { ok: false; reason: 'type' | 'size' | 'read' };

const isLogoMime = (type: string): type is Logo['mimeType'] =>
  (LOGO_MIME_TYPES as readonly string[]).includes(type);

/** Reads a chosen image into the shape the contract stores (base64 without the data: prefix). */
export function readLogo(file: File): Promise<LogoReadResult> {
  const mimeType = file.type;
  if (!isLogoMime(mimeType)) return Promise.resolve({ ok: false, reason: 'type' });
  if (file.size > LOGO_MAX_BYTES) return Promise.resolve({ ok: false, reason: 'size' });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onerror = () => resolve({ ok: false, reason: 'read' });
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      if (comma < 0) resolve({ ok: false, reason: 'read' });
      else resolve({ ok: true, logo: { mimeType, dataBase64: url.slice(comma + 1) } });
    };
    reader.readAsDataURL(file);
  });
}

// An SVG shown through <img> cannot run scripts, so a data: URL is safe to display here.
export const logoSrc = (logo: Logo): string => `data:${logo.mimeType};base64,${logo.dataBase64}`;
