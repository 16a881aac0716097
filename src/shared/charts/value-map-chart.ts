import { escapeXml, num, safeColor, svgDocument, text, truncate, wrapText } from './svg.js';

// The value map as a heatmap: one row per party, one column per value, each cell coloured by
// the weight the party gives the value (0 … 3). A cell without a weight is not scored and stays
// white with a dash, so "not important" (0) and "not asked" never look alike.

export interface ValueMapChartInput {
  title: string;
  values: readonly { id: string; name: string }[];
  parties: readonly { id: string; name: string }[];
  weights: readonly { partyId: string; valueId: string; weight: number }[];
  /** Legend texts for the weights 0 … 3 and for an empty cell, in the reader's language. */
  weightLabels: readonly [string, string, string, string];
  notScoredLabel: string;
  fontFamily?: string;
  /** House-style colour of the strongest weight (#rrggbb); lighter tints for lower weights. */
  color?: string;
}

const CELL_W = 64;
const CELL_H = 30;
const ROW_HEADER_W = 200;
const HEADER_H = 110;

/** Mixes a colour with white: share 0 is white, 1 the colour itself. */
function tint(hex: string, share: number): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(255 + (c - 255) * share)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** Dark text on light cells, white on dark ones (relative luminance). */
function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.3 ? '#1a1a1a' : '#ffffff';
}

export function valueMapChart(input: ValueMapChartInput): string {
  const base = safeColor(input.color, '#1f4e79');
  const fills = [0.12, 0.38, 0.66, 1].map((share) => tint(base, share));
  const weightOf = new Map(input.weights.map((w) => [`${w.partyId}\u0000${w.valueId}`, w.weight]));
  const top = 34 + HEADER_H;
  const left = ROW_HEADER_W + 12;
  const gridW = Math.max(1, input.values.length) * CELL_W;
  const gridH = Math.max(1, input.parties.length) * CELL_H;
  const legendY = top + gridH + 26;
  // Slanted headers reach to the right of their column: the chart is wide enough for them.
  const headerRight = input.values.reduce(
    (right, value, c) =>
      Math.max(
        right,
        left + c * CELL_W + CELL_W / 2 + [...truncate(value.name, 20)].length * 12 * 0.56 * 0.71,
      ),
    0,
  );
  const width = Math.max(left + gridW + 24, headerRight + 16, 560);
  const height = legendY + 40;
  const body: string[] = [];

  body.push(
    text(input.title, { x: 12, y: 22, size: 16, weight: 'bold', className: 'chart-title' }),
  );

  // Column headers, slanted so long value names fit.
  input.values.forEach((value, c) => {
    const x = left + c * CELL_W + CELL_W / 2;
    body.push(
      `<g class="value-header" data-value-id="${escapeXml(value.id)}"><title>${escapeXml(value.name)}</title>` +
        text(truncate(value.name, 20), { x, y: top - 8, size: 12, rotate: -45 }) +
        '</g>',
    );
  });

  // Rows: the party's name, then one cell per value.
  input.parties.forEach((party, r) => {
    const y = top + r * CELL_H;
    const lines = wrapText(party.name, Math.floor(ROW_HEADER_W / (12 * 0.56)), 2);
    const nameSize = lines.length > 1 ? 10 : 12;
    const label = lines
      .map((line, i) =>
        text(line, {
          x: left - 8,
          y: y + CELL_H / 2 + (i - (lines.length - 1) / 2) * (nameSize + 1) + nameSize / 2 - 1,
          size: nameSize,
          anchor: 'end',
        }),
      )
      .join('');
    const cells = input.values
      .map((value, c) => {
        const x = left + c * CELL_W;
        const weight = weightOf.get(`${party.id}\u0000${value.id}`);
        const scored = weight !== undefined && weight >= 0 && weight <= 3;
        const fill = scored ? fills[weight]! : '#ffffff';
        return (
          `<g class="cell" data-party-id="${escapeXml(party.id)}" data-value-id="${escapeXml(value.id)}" data-weight="${scored ? weight : ''}">` +
          `<rect x="${num(x)}" y="${num(y)}" width="${CELL_W}" height="${CELL_H}" fill="${fill}" stroke="#cccccc" stroke-width="1"/>` +
          text(scored ? String(weight) : '\u2013', {
            x: x + CELL_W / 2,
            y: y + CELL_H / 2 + 5,
            size: 13,
            anchor: 'middle',
            fill: scored ? textOn(fill) : '#999999',
          }) +
          '</g>'
        );
      })
      .join('');
    body.push(
      `<g class="party-row" data-party-id="${escapeXml(party.id)}"><title>${escapeXml(party.name)}</title>${label}${cells}</g>`,
    );
  });

  // Legend: the four weights and the empty cell.
  const legend: string[] = [];
  let x = 12;
  const entries: [string, string, string][] = [
    ...input.weightLabels.map((label, w): [string, string, string] => [
      fills[w]!,
      `${w} ${label}`,
      String(w),
    ]),
    ['#ffffff', `\u2013 ${input.notScoredLabel}`, ''],
  ];
  for (const [fill, label, weight] of entries) {
    const shown = truncate(label, 24);
    legend.push(
      `<g class="legend-entry" data-weight="${weight}"><rect x="${num(x)}" y="${num(legendY)}" width="14" height="14" fill="${fill}" stroke="#999999" stroke-width="1"/>` +
        text(shown, { x: x + 20, y: legendY + 12, size: 11, fill: '#333333' }) +
        '</g>',
    );
    x += 20 + shown.length * 11 * 0.56 + 18;
  }
  body.push(`<g class="legend">${legend.join('')}</g>`);

  return svgDocument({
    width: Math.max(width, x + 12),
    height,
    title: input.title,
    fontFamily: input.fontFamily,
    className: 'koers-chart value-map-chart',
    body,
  });
}
