import { safeColor } from '../charts/svg.js';
import type { PosterLogo } from './poster-input.js';

// The house style as the poster may use it: colours only as #rrggbb, a logo only as an inline
// data: URI of a PNG, JPEG or SVG image, so a poster never fetches anything from outside.

export const DEFAULT_PRIMARY = '#1f4e79';
export const DEFAULT_SECONDARY = '#e8a33d';

export interface PosterStyle {
  primary: string;
  secondary: string;
  /** Text colour that reads well on the primary and on the secondary colour. */
  onPrimary: string;
  onSecondary: string;
  /** A pale tint of the primary colour, for backgrounds of text boxes. */
  primaryTint: string;
  /** Colour for headings on white: the primary colour unless it is too light to read. */
  heading: string;
  logoHref: string | null;
}

const LOGO_TYPES = new Set(['image/png', 'image/jpeg', 'image/svg+xml']);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Mixes a colour with white: share 0 is white, 1 the colour itself. */
export function tint(hex: string, share: number): string {
  const channel = (i: number) =>
    Math.round(255 + (parseInt(hex.slice(i, i + 2), 16) - 255) * share)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** Relative luminance (WCAG) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Dark text on light colours, white on dark ones. */
export const textOn = (hex: string): string => (luminance(hex) > 0.36 ? '#1a1a1a' : '#ffffff');

export function logoHref(logo: PosterLogo | null | undefined): string | null {
  if (!logo) return null;
  const mime = logo.mimeType.trim().toLowerCase();
  const data = logo.dataBase64.replace(/\s+/g, '');
  if (!LOGO_TYPES.has(mime) || data.length === 0 || !BASE64.test(data)) return null;
  return `data:${mime};base64,${data}`;
}

export function posterStyle(houseStyle: {
  primaryColor: string;
  secondaryColor: string;
  logo?: PosterLogo | null;
}): PosterStyle {
  const primary = safeColor(houseStyle.primaryColor, DEFAULT_PRIMARY);
  const secondary = safeColor(houseStyle.secondaryColor, DEFAULT_SECONDARY);
  return {
    primary,
    secondary,
    onPrimary: textOn(primary),
    onSecondary: textOn(secondary),
    primaryTint: tint(primary, 0.09),
    // A light house colour (yellow, say) is unreadable as a heading on white; then headings
    // are set in near-black.
    heading: luminance(primary) > 0.36 ? '#1a1a1a' : primary,
    logoHref: logoHref(houseStyle.logo),
  };
}
