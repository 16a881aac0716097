// The tally of statements as a bar chart: per statement one stacked bar per round, eens /
// neutraal / oneens as shares of the votes, with the counts and percentages in the bars. Pure:
// an SVG string from numbers and texts, so the Word report, the Excel chart sheet and the
// renderer draw the same picture. The exports rasterise it to PNG (src/main/export/word/svg-png.ts).
import { escapeXml } from './svg.js';

export interface TallyChartRound {
  round: number;
  eens: number;
  oneens: number;
  neutraal: number;
}

export interface TallyChartItem {
  /** Shown above the statement's bars; empty for a chart of one statement under its own heading. */
  label: string;
  rounds: TallyChartRound[];
}

export interface TallyChartTexts {
  eens: string;
  oneens: string;
  neutraal: string;
  /** "Ronde {{round}}" already filled in is not possible here: a function of the round number. */
  round: (round: number) => string;
  /** In a bar without votes. */
  noVotes: string;
}

export interface TallyChart {
  svg: string;
  /** In CSS pixels. */
  width: number;
  height: number;
}

export const TALLY_COLOURS = { eens: '#2E7D32', neutraal: '#B0B7BF', oneens: '#C62828' } as const;
const ANSWERS = ['eens', 'neutraal', 'oneens'] as const;
const TEXT_ON = { eens: '#FFFFFF', neutraal: '#1A1A1A', oneens: '#FFFFFF' } as const;

const FONT = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";
const LEGEND = 30;
const LABEL = 24;
const BAR = 26;
const ROW = 34;
const GAP = 14;
const ROUND_LABEL = 112;
const PAD = 8;
/** Average advance of a character at 1px font size, for this sans-serif: a safe overestimate. */
const CHAR_WIDTH = 0.56;

/** The text cut to what fits `width` pixels at `size`, whole characters, with an ellipsis. */
export function fitText(text: string, width: number, size: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const room = Math.max(1, Math.floor(width / (size * CHAR_WIDTH)));
  const chars = Array.from(oneLine);
  if (chars.length <= room) return oneLine;
  return `${chars
    .slice(0, Math.max(1, room - 1))
    .join('')
    .trimEnd()}…`;
}

/**
 * Whole percentages that add up to 100 (largest remainder), so "48% · 23% · 29%" never sums
 * to 99 or 101. All zero when there are no votes.
 */
export function tallyPercentages(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((c) => (100 * c) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}

const text = (
  x: number,
  y: number,
  content: string,
  attrs: {
    size?: number;
    weight?: 'bold';
    fill?: string;
    anchor?: 'start' | 'middle' | 'end';
  } = {},
) =>
  `<text x="${x}" y="${y}" font-size="${attrs.size ?? 12}"${attrs.weight ? ' font-weight="bold"' : ''} fill="${attrs.fill ?? '#1A1A1A'}" text-anchor="${attrs.anchor ?? 'start'}" dominant-baseline="central">${escapeXml(content)}</text>`;

/** The chart of one or more statements, `width` pixels wide. */
export function statementTallyChart(
  items: readonly TallyChartItem[],
  texts: TallyChartTexts,
  width = 640,
): TallyChart {
  const parts: string[] = [];
  // Legend: a swatch and the answer, left to right.
  let lx = PAD;
  for (const answer of ANSWERS) {
    parts.push(
      `<rect x="${lx}" y="${LEGEND / 2 - 6}" width="12" height="12" rx="2" fill="${TALLY_COLOURS[answer]}"/>`,
      text(lx + 18, LEGEND / 2, texts[answer], { size: 12 }),
    );
    lx += 18 + Math.ceil(Array.from(texts[answer]).length * 12 * CHAR_WIDTH) + 22;
  }
  let y = LEGEND + 4;
  const barX = PAD + ROUND_LABEL;
  const barWidth = width - barX - PAD;
  for (const item of items) {
    if (item.label.trim() !== '') {
      parts.push(
        text(PAD, y + LABEL / 2, fitText(item.label, width - 2 * PAD, 13), {
          size: 13,
          weight: 'bold',
        }),
      );
      y += LABEL;
    }
    const rounds = [...item.rounds].sort((a, b) => a.round - b.round);
    for (const round of rounds) {
      const counts = ANSWERS.map((a) => Math.max(0, round[a]));
      const total = counts.reduce((a, b) => a + b, 0);
      const middle = y + ROW / 2;
      parts.push(text(PAD, middle, `${texts.round(round.round)} (n=${total})`, { size: 12 }));
      const top = y + (ROW - BAR) / 2;
      if (total === 0) {
        parts.push(
          `<rect x="${barX}" y="${top}" width="${barWidth}" height="${BAR}" fill="#EEF0F2"/>`,
          text(barX + barWidth / 2, middle, texts.noVotes, {
            size: 11,
            fill: '#57606A',
            anchor: 'middle',
          }),
        );
      } else {
        const percents = tallyPercentages(counts);
        let x = barX;
        ANSWERS.forEach((answer, i) => {
          const count = counts[i] ?? 0;
          if (count === 0) return;
          const w = (barWidth * count) / total;
          parts.push(
            `<rect x="${x.toFixed(2)}" y="${top}" width="${w.toFixed(2)}" height="${BAR}" fill="${TALLY_COLOURS[answer]}"/>`,
          );
          const full = `${count} (${percents[i] ?? 0}%)`;
          const short = `${percents[i] ?? 0}%`;
          const label =
            full.length * 11 * CHAR_WIDTH + 8 <= w
              ? full
              : short.length * 11 * CHAR_WIDTH + 6 <= w
                ? short
                : '';
          if (label)
            parts.push(
              text(x + w / 2, middle, label, {
                size: 11,
                weight: 'bold',
                fill: TEXT_ON[answer],
                anchor: 'middle',
              }),
            );
          x += w;
        });
      }
      y += ROW;
    }
    y += GAP;
  }
  const height = Math.max(LEGEND + 8, Math.round(y - GAP + PAD));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT.replace(/"/g, '&quot;')}">` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}
