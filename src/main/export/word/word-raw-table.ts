import { ROTATED_TEXT_SIZE, TABLE_TEXT_SIZE, tableLayout, type TableSpec } from './word-blocks.js';
import { runsWithXml } from './word-raw.js';
import { TABLE_STYLE_ID, type WordHouseStyle } from './word-styles.js';

// dataTable() of word-blocks.ts written as WordprocessingML text: exactly the XML docx writes for
// it (a test compares them byte for byte). The implementatieplan of a large routekaart has
// thousands of table rows; as docx objects they took half its memory and most of its time.

/** docx's hexColorValue: a leading # is dropped. */
const hex = (color: string) => (color.startsWith('#') ? color.slice(1) : color);

const shading = (fill: string) => `<w:shd w:fill="${hex(fill)}" w:color="auto" w:val="clear"/>`;

/** The cells' paragraph spacing (CELL_SPACING of word-blocks.ts). */
const SPACING = '<w:spacing w:after="30" w:before="30" w:line="240" w:lineRule="auto"/>';
const BOLD = '<w:b/><w:bCs/>';

export function dataTableXml(spec: TableSpec, h: WordHouseStyle): string {
  const { total, widths, together, rotated, headerHeight, align } = tableLayout(spec);
  const cell = (
    text: string,
    col: number,
    kind: 'header' | 'body' | 'total',
    band: boolean,
    marker: string | null,
  ) => {
    const turned = kind === 'header' && rotated(col);
    const fill = kind === 'header' ? shading(h.primary) : band ? shading(h.tint) : '';
    const size = turned ? ROTATED_TEXT_SIZE : TABLE_TEXT_SIZE;
    const properties =
      kind === 'header'
        ? `${BOLD}<w:color w:val="${hex(h.onPrimary)}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`
        : kind === 'total'
          ? BOLD
          : '';
    const keepNext =
      kind === 'header' || together ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
    return (
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[col] ?? 0}"/>${fill}` +
      (turned ? '<w:textDirection w:val="btLr"/>' : '') +
      `<w:vAlign w:val="${turned ? 'bottom' : 'center'}"/></w:tcPr>` +
      `<w:p><w:pPr>${keepNext}${SPACING}<w:jc w:val="${align(col)}"/></w:pPr>` +
      (marker
        ? `<w:r><w:rPr><w:color w:val="${hex(marker)}"/></w:rPr><w:t xml:space="preserve">■ </w:t></w:r>`
        : '') +
      `${runsWithXml(text, properties)}</w:p></w:tc>`
    );
  };
  const last = spec.rows.length - 1;
  let xml =
    `<w:tbl><w:tblPr><w:tblStyle w:val="${TABLE_STYLE_ID}"/><w:tblW w:type="dxa" w:w="${total}"/>` +
    `<w:tblLook w:firstRow="true" w:lastRow="${spec.totals ?? false}" w:firstColumn="false" ` +
    `w:lastColumn="false" w:noHBand="false" w:noVBand="true"/></w:tblPr><w:tblGrid>` +
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/>' +
    (spec.rotateHeader ? `<w:trHeight w:val="${headerHeight}" w:hRule="atLeast"/>` : '') +
    '</w:trPr>' +
    spec.header.map((text, col) => cell(text, col, 'header', false, null)).join('') +
    '</w:tr>';
  spec.rows.forEach((row, r) => {
    const kind = spec.totals && r === last ? 'total' : 'body';
    xml += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    row.forEach((text, col) => {
      const marker = col === 0 ? (spec.markers?.[r] ?? null) : null;
      xml += cell(text, col, kind, kind === 'body' && r % 2 === 1, marker);
    });
    xml += '</w:tr>';
  });
  return `${xml}</w:tbl>`;
}
