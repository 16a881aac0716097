import { escapeXml, num, svgDocument, text, wrapText } from './svg.js';

// The ijsbergmodel of one knelpunt as SVG: the method's layers from top to bottom (events
// above the waterline; patterns, structures and mental models below it), each a band of the
// iceberg that widens with depth, with its name and its items as wrapped bullet lines.

export interface IcebergChartInput {
  /** The knelpunt. */
  title: string;
  /** Top to bottom, in the method's order; the first lies above the waterline. */
  layers: readonly { id: string; name: string; items: readonly string[] }[];
  /** Shown at the waterline, e.g. "waterlijn". */
  waterlineLabel?: string;
  /** Shown in a layer without items, e.g. "(nog niets ingevuld)". */
  emptyLabel?: string;
  width?: number;
  fontFamily?: string;
}

const BAND_FILLS = ['#f5fafd', '#dcebf5', '#bcd6ea', '#97bedd'];
const ITEM_SIZE = 12;
const LINE_H = 15;
const NAME_H = 18;
const PAD = 10;

export function icebergChart(input: IcebergChartInput): string {
  const width = input.width ?? 720;
  const margin = 20;
  const titleLines = wrapText(input.title, (width - 2 * margin) / (16 * 0.56), 2);
  const top = 18 + titleLines.length * 20 + 10;
  const centre = width / 2;
  const maxHalf = (width - 2 * margin) / 2;
  const minHalf = maxHalf * 0.45;
  const count = Math.max(1, input.layers.length);
  // Half-width of layer i's top edge; the text of a band fits its narrower (top) edge.
  const halfAt = (i: number) => minHalf + ((maxHalf - minHalf) * i) / count;

  const bands = input.layers.map((layer, i) => {
    const chars = Math.floor((2 * halfAt(i) - 2 * PAD - 12) / (ITEM_SIZE * 0.56));
    const items = layer.items.map((item) => wrapText(item, chars, 4));
    const lines = items.reduce((n, l) => n + Math.max(1, l.length), 0);
    const height = Math.max(56, PAD + NAME_H + Math.max(1, lines) * LINE_H + PAD);
    return { layer, items, height };
  });

  const body: string[] = [];
  titleLines.forEach((line, i) =>
    body.push(
      text(line, {
        x: centre,
        y: 24 + i * 20,
        size: 16,
        anchor: 'middle',
        weight: 'bold',
        className: 'chart-title',
      }),
    ),
  );

  let y = top;
  const waterY = top + (bands[0]?.height ?? 0);
  const totalH = bands.reduce((n, b) => n + b.height, 0);
  body.push(
    `<rect class="water" x="0" y="${num(waterY)}" width="${num(width)}" height="${num(top + totalH + 20 - waterY)}" fill="#eaf3fb"/>`,
  );

  bands.forEach(({ layer, items, height }, i) => {
    const h0 = halfAt(i);
    const h1 = halfAt(i + 1);
    const points = [
      [centre - h0, y],
      [centre + h0, y],
      [centre + h1, y + height],
      [centre - h1, y + height],
    ]
      .map(([px, py]) => `${num(px!)},${num(py!)}`)
      .join(' ');
    const parts: string[] = [
      `<polygon points="${points}" fill="${BAND_FILLS[i % BAND_FILLS.length]}" stroke="#5b7f99" stroke-width="1.5"/>`,
      text(layer.name, {
        x: centre - h0 + PAD,
        y: y + PAD + 12,
        size: 13,
        weight: 'bold',
        fill: '#163a56',
        className: 'layer-name',
      }),
    ];
    let lineY = y + PAD + NAME_H + 12;
    if (items.length === 0 && input.emptyLabel)
      parts.push(
        text(input.emptyLabel, {
          x: centre - h0 + PAD,
          y: lineY,
          size: ITEM_SIZE,
          fill: '#5a6b78',
          className: 'layer-empty',
        }),
      );
    for (const lines of items) {
      lines.forEach((line, j) => {
        parts.push(
          text(j === 0 ? `\u2022 ${line}` : line, {
            x: centre - h0 + PAD + (j === 0 ? 0 : 10),
            y: lineY,
            size: ITEM_SIZE,
            fill: '#1a1a1a',
            className: 'layer-item',
          }),
        );
        lineY += LINE_H;
      });
    }
    body.push(`<g class="layer" data-layer="${escapeXml(layer.id)}">${parts.join('')}</g>`);
    y += height;
  });

  if (bands.length > 1) {
    body.push(
      `<line class="waterline" x1="0" y1="${num(waterY)}" x2="${num(width)}" y2="${num(waterY)}" stroke="#2f6f9f" stroke-width="1.5" stroke-dasharray="8 4"/>`,
    );
    if (input.waterlineLabel)
      body.push(
        text(input.waterlineLabel, {
          x: width - 8,
          y: waterY - 6,
          size: 11,
          anchor: 'end',
          fill: '#2f6f9f',
          className: 'waterline-label',
        }),
      );
  }

  return svgDocument({
    width,
    height: top + totalH + 20,
    title: input.title,
    fontFamily: input.fontFamily,
    className: 'koers-chart iceberg-chart',
    body,
  });
}
