import { FINDING_KINDS, type Finding } from '../shared/domain/finding.js';
import type { Theme } from '../shared/domain/overview.js';
import { STAKEHOLDER_GROUPS } from '../shared/domain/stakeholder.js';

// The content the peers get: the same findings as Koers's findings report (grouped by theme,
// then kind, a finding under each of its themes; counts per kind; the theme × group matrix)
// and findings register (one row per finding, the same ten columns), in Dutch.

const KIND_LABELS: Record<string, string> = {
  uitdaging: 'Uitdagingen',
  ambitie: 'Ambities',
  randvoorwaarde: 'Randvoorwaarden',
  'must-have': 'Must-haves',
  risico: 'Risico’s',
  citaat: 'Citaten',
};
const KIND_SINGULAR: Record<string, string> = {
  uitdaging: 'Uitdaging',
  ambitie: 'Ambitie',
  randvoorwaarde: 'Randvoorwaarde',
  'must-have': 'Must-have',
  risico: 'Risico',
  citaat: 'Citaat',
};
const IMPORTANCE = ['', 'laag', 'middel', 'hoog'];

export function sourceLabel(finding: Finding): string {
  const { source } = finding;
  if (source.type === 'interview') {
    const who = [...source.pseudonyms].sort().join(', ') || (source.interviewTitle ?? '');
    return source.questionNumber === null
      ? `Interview ${who}, vrije notities`
      : `Interview ${who}, vraag ${source.questionNumber}`;
  }
  if (source.type === 'passage') {
    const title = source.documentTitle ?? '';
    return source.page === null ? title : `${title}, p. ${source.page}`;
  }
  return 'Direct vastgelegd';
}

/** Markdown that means nothing but text: every character pandoc could read as markup escaped. */
const md = (text: string) => text.replace(/[\\`*_[\]<>|#~^$@]/g, '\\$&').replace(/\s*\n\s*/g, ' ');

const sortedThemes = (themes: Theme[]) => [...themes].sort((a, b) => a.sortOrder - b.sortOrder);

export function findingsMarkdown(clientName: string, findings: Finding[], themes: Theme[]): string {
  const out: string[] = [];
  const line = (...texts: string[]) => out.push(...texts, '');
  line(`# Bevindingen ${md(clientName)}`);
  line(`${findings.length} bevindingen in ${themes.length} thema’s\\.`);
  line('## Aantal per soort');
  out.push('| Soort | Aantal |', '|:--|--:|');
  for (const kind of FINDING_KINDS)
    out.push(`| ${KIND_LABELS[kind]} | ${findings.filter((f) => f.kind === kind).length} |`);
  line(`| **Totaal** | **${findings.length}** |`);

  const byTheme = new Map<string, Finding[]>();
  for (const finding of findings) {
    const ids = finding.themeIds.length > 0 ? finding.themeIds : [''];
    for (const id of ids) {
      const list = byTheme.get(id) ?? [];
      list.push(finding);
      byTheme.set(id, list);
    }
  }
  line('# Bevindingen per thema');
  for (const theme of [...sortedThemes(themes), { id: '', name: 'Zonder thema' }]) {
    const list = byTheme.get(theme.id);
    if (!list) continue;
    line(`## ${md(theme.name)}`, `*${list.length} bevindingen*`);
    for (const kind of FINDING_KINDS) {
      const ofKind = list.filter((f) => f.kind === kind);
      if (ofKind.length === 0) continue;
      line(`### ${KIND_LABELS[kind]}`);
      for (const f of ofKind) {
        line(`**${md(f.statement)}**`);
        if (f.quote.trim() !== '') line(`> ${md(f.quote)}`);
        line(`*Bron: ${md(sourceLabel(f))} · Belang: ${IMPORTANCE[f.importance] ?? ''}*`);
      }
    }
  }

  const groups = STAKEHOLDER_GROUPS.filter((g) => findings.some((f) => f.group === g));
  line('# Thema’s per groep');
  out.push(
    `| Thema | ${groups.join(' | ')} | Totaal |`,
    `|:--|${groups.map(() => '--:|').join('')}--:|`,
  );
  for (const theme of sortedThemes(themes)) {
    const counts = groups.map(
      (g) => findings.filter((f) => f.group === g && f.themeIds.includes(theme.id)).length,
    );
    out.push(
      `| ${md(theme.name)} | ${counts.join(' | ')} | ${counts.reduce((a, b) => a + b, 0)} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

export interface RegisterSpec {
  sheet: string;
  title: string;
  columns: { header: string; width: number; type: 'text' | 'long' | 'date' | 'number' }[];
  rows: (string | number)[][];
}

export function findingsRegister(
  clientName: string,
  findings: Finding[],
  themes: Theme[],
): RegisterSpec {
  const themeNames = new Map(themes.map((t) => [t.id, t.name]));
  return {
    sheet: 'Bevindingen',
    title: `Bevindingenregister ${clientName}`,
    columns: [
      { header: 'Nr.', width: 7, type: 'number' },
      { header: 'Bevinding', width: 50, type: 'long' },
      { header: 'Citaat', width: 60, type: 'long' },
      { header: 'Soort', width: 18, type: 'text' },
      { header: 'Thema’s', width: 28, type: 'long' },
      { header: 'Groep', width: 18, type: 'text' },
      { header: 'Bron', width: 30, type: 'long' },
      { header: 'Belang', width: 10, type: 'text' },
      { header: 'Datum', width: 12, type: 'date' },
      { header: 'Id', width: 38, type: 'text' },
    ],
    rows: findings.map((f, i) => [
      i + 1,
      f.statement,
      f.quote,
      KIND_SINGULAR[f.kind] ?? f.kind,
      f.themeIds.flatMap((id) => themeNames.get(id) ?? []).join(', '),
      f.group ?? '',
      sourceLabel(f),
      IMPORTANCE[f.importance] ?? '',
      f.createdAt,
      f.id,
    ]),
  };
}

/**
 * openpyxl in write-only mode (its fast path), with what Koers's register has: house-colour
 * header, frozen and filtered; wrapped long columns with row heights; dates as dates; landscape
 * one page wide; an info sheet. The clock starts after Python has started and read its input.
 */
export const OPENPYXL_SCRIPT = String.raw`
import json, resource, sys, time
from datetime import datetime
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

with open(sys.argv[1], encoding='utf-8') as f:
    spec = json.load(f)
start = time.perf_counter()
wb = Workbook(write_only=True)
ws = wb.create_sheet(spec['sheet'])
cols = spec['columns']
for i, c in enumerate(cols, 1):
    ws.column_dimensions[get_column_letter(i)].width = c['width']
ws.freeze_panes = 'A2'
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = 9
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.left.text = spec['title']
ws.oddFooter.right.text = 'Pagina &P van &N'
rows = spec['rows']
ws.auto_filter.ref = 'A1:%s%d' % (get_column_letter(len(cols)), len(rows) + 1)
font = Font(name='Calibri', size=10)
head_font = Font(name='Calibri', size=10, bold=True, color='FFFFFFFF')
fill = PatternFill('solid', fgColor='FF1F4E79')
head_align = Alignment(vertical='center', wrap_text=True)
wrap = Alignment(vertical='top', wrap_text=True)
top = Alignment(vertical='top')
header = []
for c in cols:
    cell = WriteOnlyCell(ws, value=c['header'])
    cell.font, cell.fill, cell.alignment = head_font, fill, head_align
    header.append(cell)
ws.append(header)
for r, values in enumerate(rows, 2):
    cells = []
    lines = 1
    for c, v in zip(cols, values):
        kind = c['type']
        if kind == 'date':
            v = datetime.fromisoformat(v.replace('Z', '+00:00')).replace(tzinfo=None) if v else None
        cell = WriteOnlyCell(ws, value=v)
        cell.font = font
        cell.alignment = wrap if kind == 'long' else top
        if kind == 'date':
            cell.number_format = 'dd-mm-yyyy'
        elif kind == 'long' and isinstance(v, str) and len(v) >= c['width']:
            per_line = max(1, int(c['width'] * 1.1))
            lines = max(lines, sum(max(1, -(-len(p) // per_line)) for p in v.split('\n')))
        cells.append(cell)
    if lines > 1:
        ws.row_dimensions[r].height = min(409, lines * 13 + 3)
    ws.append(cells)
info = wb.create_sheet('Info')
info.column_dimensions['A'].width = 24
info.column_dimensions['B'].width = 60
for label, value in [('Titel', spec['title']), ('Aantal bevindingen', len(rows)), ('Gemaakt met', 'openpyxl')]:
    a = WriteOnlyCell(info, value=label)
    a.font = Font(name='Calibri', size=10, bold=True)
    info.append([a, value])
wb.save(sys.argv[2])
print(json.dumps({'seconds': time.perf_counter() - start, 'maxrss_kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
`;

/** Runs a command and reports its wall time and its peak RSS, as Python's rusage sees them. */
export const RUSAGE_WRAPPER = String.raw`
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
print(json.dumps({'seconds': time.perf_counter() - start, 'maxrss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, 'code': code}))
`;
