import { createRequire } from 'node:module';
import type * as Resvg from '@resvg/resvg-js';

// An SVG logo drawn as a PNG, for Word versions that show the PNG fallback of an SVG picture
// instead of the SVG. resvg (Rust, shipped as a prebuilt N-API binary inside its npm package)
// draws it; nothing else in Koers can.

type ResvgModule = typeof Resvg;

const require = createRequire(import.meta.url);

let loaded: ResvgModule | null | undefined;

/** Loaded on first use: a build without an SVG logo never loads the native module. */
function resvg(): ResvgModule | null {
  if (loaded === undefined) {
    try {
      loaded = require('@resvg/resvg-js') as ResvgModule;
    } catch {
      // No binary for this platform: the caller falls back to a plain badge.
      loaded = null;
    }
  }
  return loaded;
}

/**
 * The SVG without anything that makes resvg read a file: resvg loads an <image href> that is a
 * path (absolute, or relative to the working directory) from disk. A logo may come from someone
 * else's engagement file, so only embedded images (data:) and references inside the SVG (#id)
 * stay. A DOCTYPE goes too: its entities could spell a path where no href is visible.
 */
export function withoutExternalReferences(svg: string): string {
  return svg
    .replace(/<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/gi, '')
    .replace(/\s(?:[\w.-]+:)?href\s*=\s*(["'])(?!\s*(?:data:|#))[\s\S]*?\1/gi, '');
}

/**
 * The SVG as a PNG `width` pixels wide (its height follows the SVG's aspect), on a transparent
 * background; null when the SVG cannot be drawn (resvg missing, or an SVG it refuses).
 */
export function svgToPng(svg: string, width: number): Buffer | null {
  const module = resvg();
  if (!module) return null;
  try {
    const image = new module.Resvg(withoutExternalReferences(svg), {
      fitTo: { mode: 'width', value: Math.max(1, Math.round(width)) },
      // Text in a logo is drawn with the fonts of this computer, as a browser would. Reading
      // them takes time on a machine with many fonts: only for a logo that has text.
      font: { loadSystemFonts: /<text\b/i.test(svg) },
    }).render();
    return image.asPng();
  } catch {
    return null;
  }
}
