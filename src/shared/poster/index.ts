// The vision poster: pure SVG from plain data; PNG and PDF are made in src/main/export/poster.
export { posterSvg, posterElements } from './poster-svg.js';
export { POSTER_TEXTS, type PosterTexts } from './poster-texts.js';
export { POSTER_FONT } from './font-metrics.js';
export { fitText, measureText, wrapLines } from './measure-text.js';
export {
  MAX_POSTER_THEMES,
  PAPER_MM,
  type PosterFormat,
  type PosterInput,
  type PosterLayout,
  type PosterOptions,
  type PosterTheme,
} from './poster-input.js';
