import { deflateSync } from 'node:zlib';
import { ImageRun } from 'docx';
import type { Logo } from '../../../shared/domain/engagement.js';
import { svgToPng } from './svg-png.js';

interface Size {
  width: number;
  height: number;
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(bytes: Buffer): Size | null {
  if (bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Width and height of a JPEG from its first start-of-frame marker. */
function jpegSize(bytes: Buffer): Size | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = bytes.readUInt16BE(at + 2);
    // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** Aspect of an SVG from its viewBox, else its width and height attributes. */
function svgSize(text: string): Size | null {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) return null;
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)/i.exec(
    root,
  );
  if (viewBox) return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
  const width = /\swidth\s*=\s*["']([\d.]+)/i.exec(root);
  const height = /\sheight\s*=\s*["']([\d.]+)/i.exec(root);
  if (width && height) return { width: Number(width[1]), height: Number(height[1]) };
  return null;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The last resort when an SVG logo cannot be drawn (see svgFallbackPng): a quiet stand-in, a
 * rounded badge in the house colours with the logo's aspect, that does not look broken on a cover.
 */
export function fallbackBadgePng(size: Size, primary: string, secondary: string): Buffer {
  const scale = 160 / Math.max(size.width, size.height);
  const w = Math.max(8, Math.round(size.width * scale));
  const h = Math.max(8, Math.round(size.height * scale));
  const rgb = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const fill = rgb(primary);
  const edge = rgb(secondary);
  const radius = Math.min(w, h) / 5;
  const border = Math.max(2, Math.round(Math.min(w, h) / 25));
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 4);
    for (let x = 0; x < w; x++) {
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (w - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (h - radius), 0);
      const outside = Math.hypot(dx, dy) - radius;
      const colour = outside > -border ? edge : fill;
      const alpha = outside > 0 ? 0 : 255;
      row.set([...colour, alpha], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Longest side of the PNG drawn from an SVG logo: sharp on a cover at 220 × 120 px and in print. */
const FALLBACK_PIXELS = 480;

let lastFallback: { svg: string; png: Buffer } | null = null;

/**
 * The PNG that Word versions without SVG support show instead of an SVG logo: the logo itself,
 * drawn by resvg; the badge only when it cannot be drawn. Word 2016+ and LibreOffice 7.4+ show
 * the SVG. Every Word document asks twice (cover and header), so the last one is kept.
 */
export function svgFallbackPng(
  svg: string,
  size: Size,
  colours: { primary: string; secondary: string },
): Buffer {
  if (lastFallback?.svg === svg) return lastFallback.png;
  const width = (FALLBACK_PIXELS * size.width) / Math.max(size.width, size.height);
  const png = svgToPng(svg, width) ?? fallbackBadgePng(size, colours.primary, colours.secondary);
  lastFallback = { svg, png };
  return png;
}

/**
 * The logo as an image at most `maxWidth` × `maxHeight` pixels (96 dpi), keeping its aspect.
 * Null when the bytes are not the image they claim to be: a document without a logo beats one
 * Word refuses to open.
 */
export function logoImage(
  logo: Logo | null,
  maxWidth: number,
  maxHeight: number,
  colours: { primary: string; secondary: string },
): ImageRun | null {
  if (!logo) return null;
  const bytes = Buffer.from(logo.dataBase64, 'base64');
  const size =
    logo.mimeType === 'image/png'
      ? pngSize(bytes)
      : logo.mimeType === 'image/jpeg'
        ? jpegSize(bytes)
        : svgSize(bytes.toString('utf8'));
  if (!size || !(size.width > 0) || !(size.height > 0)) return null;
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  const transformation = {
    width: Math.round(size.width * scale),
    height: Math.round(size.height * scale),
  };
  const altText = { name: 'Logo', title: 'Logo', description: 'Logo' };
  if (logo.mimeType === 'image/svg+xml') {
    return new ImageRun({
      type: 'svg',
      data: bytes,
      fallback: { type: 'png', data: svgFallbackPng(bytes.toString('utf8'), size, colours) },
      transformation,
      altText,
    });
  }
  return new ImageRun({
    type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
    data: bytes,
    transformation,
    altText,
  });
}
