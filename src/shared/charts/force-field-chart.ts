import { escapeXml, num, safeColor, svgDocument, text, truncate } from './svg.js';

// The krachtenveld as SVG: attitude (−2 … +2) from left to right, influence (1 … 5) from bottom
// to top, the four quadrants of the method with their names, each party a labelled dot in its
// cell, and optionally an arrow from where it stood in an earlier snapshot.

export interface ForceFieldChartParty {
  id: string;
  name: string;
  influence: number;
  attitude: number;
}

export interface ForceFieldChartInput {
  title: string;
  influenceLabel: string;
  attitudeLabel: string;
  /** The method's four quadrants, with their names in the reader's language. */
  quadrants: readonly {
    influence: 'high' | 'low';
    attitude: 'positive' | 'negative';
    name: string;
  }[];
  /** The method's thresholds: influence from `highFrom` is high, attitude from `positiveFrom` positive. */
  highFrom?: number;
  positiveFrom?: number;
  parties: readonly ForceFieldChartParty[];
  /** Earlier places (a snapshot): a party that moved gets an arrow from there. */
  previous?: readonly { partyId: string; influence: number; attitude: number }[];
  /** Explains the arrows, e.g. "Pijl: verschuiving sinds 1 februari 2026". */
  movementLabel?: string;
  width?: number;
  height?: number;
  fontFamily?: string;
  /** House-style colour of the dots (#rrggbb). */
  dotColor?: string;
}

export const INFLUENCE_RANGE = [1, 5] as const;
export const ATTITUDE_RANGE = [-2, 2] as const;

export interface ForceFieldGeometry {
  width: number;
  height: number;
  /** The plot area: the 5 × 5 grid of cells. */
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
}

/** Where the grid lies in a chart of this size; the screen uses it to turn a drop into a cell. */
export function forceFieldGeometry(width = 800, height = 600): ForceFieldGeometry {
  const left = 72;
  const top = 56;
  const right = 24;
  const bottom = 92;
  return {
    width,
    height,
    left,
    top,
    cellWidth: (width - left - right) / 5,
    cellHeight: (height - top - bottom) / 5,
  };
}

/** The centre of a cell. */
export function cellCentre(
  g: ForceFieldGeometry,
  influence: number,
  attitude: number,
): { x: number; y: number } {
  const col = clamp(Math.round(attitude), ATTITUDE_RANGE) - ATTITUDE_RANGE[0];
  const row = INFLUENCE_RANGE[1] - clamp(Math.round(influence), INFLUENCE_RANGE);
  return { x: g.left + (col + 0.5) * g.cellWidth, y: g.top + (row + 0.5) * g.cellHeight };
}

/** The cell under a point of the chart, or null outside the grid (for drag and drop). */
export function cellAt(
  g: ForceFieldGeometry,
  x: number,
  y: number,
): { influence: number; attitude: number } | null {
  const col = Math.floor((x - g.left) / g.cellWidth);
  const row = Math.floor((y - g.top) / g.cellHeight);
  if (col < 0 || col > 4 || row < 0 || row > 4) return null;
  return { influence: INFLUENCE_RANGE[1] - row, attitude: ATTITUDE_RANGE[0] + col };
}

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));

const QUADRANT_FILL: Record<string, string> = {
  'high/positive': '#e3f1e6',
  'high/negative': '#fbe9dc',
  'low/positive': '#e2eef8',
  'low/negative': '#efefef',
};

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');

/** Places of the parties: a cell's parties one under another, sorted by name, then id. */
function placeParties(
  g: ForceFieldGeometry,
  parties: readonly ForceFieldChartParty[],
): Map<string, { x: number; y: number; party: ForceFieldChartParty; lineHeight: number }> {
  const cells = new Map<string, ForceFieldChartParty[]>();
  for (const p of parties) {
    const key = `${clamp(Math.round(p.influence), INFLUENCE_RANGE)}/${clamp(Math.round(p.attitude), ATTITUDE_RANGE)}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  const out = new Map<
    string,
    { x: number; y: number; party: ForceFieldChartParty; lineHeight: number }
  >();
  for (const list of cells.values()) {
    const sorted = [...list].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const centre = cellCentre(g, sorted[0]!.influence, sorted[0]!.attitude);
    const lineHeight = Math.min(18, (g.cellHeight - 8) / sorted.length);
    sorted.forEach((party, k) => {
      out.set(party.id, {
        x: centre.x - g.cellWidth / 2 + 12,
        y: centre.y + (k - (sorted.length - 1) / 2) * lineHeight,
        party,
        lineHeight,
      });
    });
  }
  return out;
}

export function forceFieldChart(input: ForceFieldChartInput): string {
  const g = forceFieldGeometry(input.width, input.height);
  const highFrom = input.highFrom ?? 3;
  const positiveFrom = input.positiveFrom ?? 1;
  const dot = safeColor(input.dotColor, '#1f4e79');
  const plotW = g.cellWidth * 5;
  const plotH = g.cellHeight * 5;
  const splitX = g.left + (clamp(positiveFrom, ATTITUDE_RANGE) - ATTITUDE_RANGE[0]) * g.cellWidth;
  const splitY = g.top + (INFLUENCE_RANGE[1] - clamp(highFrom, INFLUENCE_RANGE) + 1) * g.cellHeight;
  const body: string[] = [];

  body.push(
    text(input.title, {
      x: g.width / 2,
      y: 22,
      size: 16,
      anchor: 'middle',
      weight: 'bold',
      className: 'chart-title',
    }),
  );

  // Quadrants: background and name (high ones above the grid, low ones below it).
  const quadrantBox = (influence: 'high' | 'low', attitude: 'positive' | 'negative') => ({
    x: attitude === 'negative' ? g.left : splitX,
    y: influence === 'high' ? g.top : splitY,
    w: attitude === 'negative' ? splitX - g.left : g.left + plotW - splitX,
    h: influence === 'high' ? splitY - g.top : g.top + plotH - splitY,
  });
  body.push('<g class="quadrants">');
  for (const q of input.quadrants) {
    const box = quadrantBox(q.influence, q.attitude);
    if (box.w <= 0 || box.h <= 0) continue;
    body.push(
      `<rect class="quadrant" data-quadrant="${q.influence}/${q.attitude}" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" fill="${QUADRANT_FILL[`${q.influence}/${q.attitude}`]}"/>`,
    );
    const maxChars = Math.max(4, Math.floor(box.w / (12 * 0.56)));
    body.push(
      text(truncate(q.name, maxChars), {
        x: box.x + box.w / 2,
        y: q.influence === 'high' ? g.top - 8 : g.top + plotH + 38,
        size: 12,
        anchor: 'middle',
        weight: 'bold',
        fill: '#333333',
        className: 'quadrant-name',
      }),
    );
  }
  body.push('</g>');

  // The grid, with heavier lines where the quadrants meet.
  const lines: string[] = [];
  for (let i = 0; i <= 5; i++) {
    const x = g.left + i * g.cellWidth;
    const y = g.top + i * g.cellHeight;
    lines.push(
      `<line x1="${num(x)}" y1="${num(g.top)}" x2="${num(x)}" y2="${num(g.top + plotH)}" stroke="#d0d0d0" stroke-width="1"/>`,
    );
    lines.push(
      `<line x1="${num(g.left)}" y1="${num(y)}" x2="${num(g.left + plotW)}" y2="${num(y)}" stroke="#d0d0d0" stroke-width="1"/>`,
    );
  }
  lines.push(
    `<line x1="${num(splitX)}" y1="${num(g.top)}" x2="${num(splitX)}" y2="${num(g.top + plotH)}" stroke="#666666" stroke-width="2"/>`,
  );
  lines.push(
    `<line x1="${num(g.left)}" y1="${num(splitY)}" x2="${num(g.left + plotW)}" y2="${num(splitY)}" stroke="#666666" stroke-width="2"/>`,
  );
  body.push(`<g class="grid">${lines.join('')}</g>`);

  // Axes: tick values and labels.
  const ticks: string[] = [];
  for (let a = ATTITUDE_RANGE[0]; a <= ATTITUDE_RANGE[1]; a++)
    ticks.push(
      text(signed(a), {
        x: cellCentre(g, 1, a).x,
        y: g.top + plotH + 18,
        size: 12,
        anchor: 'middle',
        fill: '#555555',
      }),
    );
  for (let i = INFLUENCE_RANGE[0]; i <= INFLUENCE_RANGE[1]; i++)
    ticks.push(
      text(String(i), {
        x: g.left - 10,
        y: cellCentre(g, i, 0).y + 4,
        size: 12,
        anchor: 'end',
        fill: '#555555',
      }),
    );
  body.push(`<g class="ticks">${ticks.join('')}</g>`);
  body.push(
    text(input.attitudeLabel, {
      x: g.left + plotW / 2,
      y: g.top + plotH + 60,
      size: 13,
      anchor: 'middle',
      className: 'axis-label',
    }),
    text(input.influenceLabel, {
      x: 20,
      y: g.top + plotH / 2,
      size: 13,
      anchor: 'middle',
      rotate: -90,
      className: 'axis-label',
    }),
  );

  const places = placeParties(g, input.parties);

  // Arrows from the earlier snapshot, under the dots.
  const moved = (input.previous ?? []).filter((prev) => {
    const now = places.get(prev.partyId);
    return (
      now &&
      (Math.round(prev.influence) !== Math.round(now.party.influence) ||
        Math.round(prev.attitude) !== Math.round(now.party.attitude))
    );
  });
  if (moved.length > 0) {
    body.push(
      '<defs><marker id="ff-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#7a7a7a"/></marker></defs>',
    );
    const arrows = moved
      .map((prev) => {
        const now = places.get(prev.partyId)!;
        const from = cellCentre(g, prev.influence, prev.attitude);
        const fromX = from.x - g.cellWidth / 2 + 12;
        // Stop short of the dot, so the arrowhead stays visible.
        const dx = now.x - fromX;
        const dy = now.y - from.y;
        const length = Math.hypot(dx, dy) || 1;
        const toX = now.x - (dx / length) * 8;
        const toY = now.y - (dy / length) * 8;
        return `<line class="movement" data-party-id="${escapeXml(prev.partyId)}" x1="${num(fromX)}" y1="${num(from.y)}" x2="${num(toX)}" y2="${num(toY)}" stroke="#7a7a7a" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#ff-arrow)"/>`;
      })
      .join('');
    body.push(`<g class="movements">${arrows}</g>`);
    if (input.movementLabel)
      body.push(
        text(input.movementLabel, {
          x: g.left,
          y: g.height - 8,
          size: 11,
          fill: '#555555',
          className: 'movement-label',
        }),
      );
  }

  // The parties: a dot and a label (cut to the cell, the full name as a tooltip).
  const dots: string[] = [];
  for (const { x, y, party, lineHeight } of [...places.values()].sort((a, b) =>
    a.party.id < b.party.id ? -1 : 1,
  )) {
    const size = Math.max(8, Math.min(11, lineHeight - 3));
    const maxChars = Math.max(3, Math.floor((g.cellWidth - 22) / (size * 0.56)));
    dots.push(
      `<g class="party" data-party-id="${escapeXml(party.id)}"><title>${escapeXml(party.name)}</title>` +
        `<circle cx="${num(x)}" cy="${num(y)}" r="${num(Math.min(5, size / 2))}" fill="${dot}"/>` +
        text(truncate(party.name, maxChars), {
          x: x + 8,
          y: y + size / 2 - 1,
          size,
          fill: '#1a1a1a',
          className: 'party-label',
        }) +
        '</g>',
    );
  }
  body.push(`<g class="parties">${dots.join('')}</g>`);

  return svgDocument({
    width: g.width,
    height: g.height,
    title: input.title,
    fontFamily: input.fontFamily,
    className: 'koers-chart force-field-chart',
    body,
  });
}
