// Small helpers for the pure SVG chart functions: text in, text out, no DOM and no Node, so the
// same chart is drawn on screen (inline SVG) and in exports (rasterised for Word and Excel).
// Every text that came from a user passes escapeXml; numbers are printed with fixed precision,
// so the same input always gives byte-for-byte the same SVG.

// Characters XML 1.0 does not allow at all (a strict parser refuses the whole document), and
// lone surrogates, which cannot be encoded as UTF-8.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe as element content and as a double- or single-quoted attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A coordinate with at most two decimals and no "-0", the same on every machine. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A colour from outside (a house style) only when it is #rrggbb; otherwise the fallback. */
export const safeColor = (color: string | undefined, fallback: string): string =>
  color !== undefined && HEX.test(color) ? color.toLowerCase() : fallback;

/** Rough width of a text in a sans-serif font; enough to wrap and to keep labels apart. */
export const textWidth = (text: string, fontSize: number): number =>
  [...text].length * fontSize * 0.56;

/** Cuts a text to `max` characters (code points), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * Wraps a text into lines of at most `maxChars` characters, breaking at spaces and, for a word
 * longer than a line, inside the word. More than `maxLines` lines end in an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (word === '') continue;
    let rest = [...word];
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    while (rest.length > width) {
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    line = rest.join('');
  }
  if (line !== '') lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, Math.max(1, maxLines));
    kept[kept.length - 1] = truncate(`${kept[kept.length - 1]} …`, width);
    return kept;
  }
  return lines;
}

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
  className?: string;
  /** Degrees, around (x, y). */
  rotate?: number;
}

/** One <text> element; the content is escaped here. */
export function text(content: string, o: TextOptions): string {
  const attrs = [
    `x="${num(o.x)}"`,
    `y="${num(o.y)}"`,
    `font-size="${num(o.size)}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.weight === 'bold' ? 'font-weight="bold"' : '',
    o.fill ? `fill="${o.fill}"` : '',
    o.className ? `class="${o.className}"` : '',
    o.rotate ? `transform="rotate(${num(o.rotate)} ${num(o.x)} ${num(o.y)})"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

/** The <svg> root with a title for screen readers, a white background and a font. */
export function svgDocument(o: {
  width: number;
  height: number;
  title: string;
  fontFamily?: string;
  className: string;
  body: string[];
}): string {
  const font = escapeXml(o.fontFamily ?? 'Arial, Helvetica, sans-serif');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(o.width)}" height="${num(o.height)}" viewBox="0 0 ${num(o.width)} ${num(o.height)}" role="img" class="${o.className}" font-family="${font}">`,
    `<title>${escapeXml(o.title)}</title>`,
    `<rect x="0" y="0" width="${num(o.width)}" height="${num(o.height)}" fill="#ffffff"/>`,
    ...o.body,
    '</svg>',
  ].join('\n');
}
