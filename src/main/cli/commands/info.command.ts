import path from 'node:path';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain/stakeholder.js';
import { SCHEMA_VERSION } from '../../domains/schema.js';
import type { CliTexts } from '../../../shared/i18n/cli.nl.js';
import type { TextKey } from '../../../shared/i18n/translator.js';
import { inspectEngagementFile, type EngagementFileReport } from '../../store/inspect-file.js';
import { flagOption } from '../cli-args.js';
import { describeFailure } from '../cli-errors.js';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../cli-context.js';
import { formatBytes, type CliTranslate } from '../cli-messages.js';
import { printable } from '../printable.js';

/** Groups in the order of the method, then any code this version does not know. */
function groupLines(byGroup: Record<string, number>): [string, number][] {
  const known = STAKEHOLDER_GROUPS.filter((g) => byGroup[g]).map((g): [string, number] => [
    g,
    byGroup[g]!,
  ]);
  const unknown = Object.entries(byGroup).filter(
    ([g]) => !(STAKEHOLDER_GROUPS as readonly string[]).includes(g),
  );
  return [...known, ...unknown];
}

export function formatReport(
  report: EngagementFileReport,
  cliT: CliTranslate,
  language: 'nl' | 'en',
): string[] {
  const t = (key: TextKey<CliTexts['info']>, options?: Record<string, unknown>) =>
    cliT(`info.${key}`, options);
  const onOpen = report.needsRecovery
    ? t('onOpenRecover')
    : report.willMigrate
      ? t('onOpenMigrate', { from: report.schemaVersion, to: report.supportedSchemaVersion })
      : t('onOpenNothing');
  const e = report.engagement;
  const rows: [string, string][] = [
    [t('file'), report.path],
    [t('size'), formatBytes(language, report.sizeBytes)],
    [
      t('schema'),
      t('schemaValue', { version: report.schemaVersion, supported: report.supportedSchemaVersion }),
    ],
    [t('applicationId'), t('applicationIdOk')],
    [t('integrity'), report.integrity],
    [t('onOpen'), onOpen],
    [t('title'), e.title],
    [t('client'), e.clientName],
    [t('language'), e.language],
    [t('status'), e.status],
    [t('startDate'), e.startDate ?? t('none')],
    [t('consultants'), e.consultants.length > 0 ? e.consultants.join(', ') : t('none')],
    [t('methodVersion'), e.methodVersion],
    [t('stakeholders'), String(report.stakeholders.total)],
  ];
  const groups = groupLines(report.stakeholders.byGroup);
  const a = report.analysis;
  const analysisRows: [string, string][] = a
    ? [
        [
          t('documents'),
          t('documentsValue', {
            documents: a.documents,
            size: formatBytes(language, a.documentBytes),
            passages: t('passages', { count: a.passages }),
          }),
        ],
        [t('interviews'), String(a.interviews)],
        [t('findings'), String(a.findings)],
      ]
    : [];
  const labels = [
    ...rows.map(([label]) => label),
    t('checklist'),
    t('themes'),
    ...analysisRows.map(([l]) => l),
  ];
  const width = Math.max(...labels.map((l) => l.length + 2), ...groups.map(([g]) => g.length + 3));
  // Values come from the file (a title may hold a newline or an escape sequence).
  const line = (label: string, value: string) => `${`${label}:`.padEnd(width)}${printable(value)}`;
  return [
    ...rows.map(([label, value]) => line(label, value)),
    ...groups.map(([group, n]) => `${`  ${printable(group)}`.padEnd(width)}${n}`),
    line(
      t('checklist'),
      report.checklist.total === null
        ? t('checklistValueUnreadable', { done: report.checklist.done })
        : t('checklistValue', { done: report.checklist.done, total: report.checklist.total }),
    ),
    line(t('themes'), String(report.themes)),
    ...analysisRows.map(([label, value]) => line(label, value)),
  ];
}

export async function infoCommand(ctx: CommandContext): Promise<number> {
  const { t, positionals } = ctx;
  if (positionals.length === 0) return ctx.usageError(t('missingFile'));
  if (positionals.length > 1) return ctx.usageError(t('tooManyArguments'));
  const json = flagOption(ctx.values, 'json');
  const filePath = path.resolve(positionals[0]!);
  let report: EngagementFileReport;
  try {
    report = inspectEngagementFile(filePath, SCHEMA_VERSION);
  } catch (error) {
    const failure = describeFailure(error, ctx.language);
    if (json) ctx.io.stdout(JSON.stringify({ path: filePath, ok: false, ...failure }, null, 2));
    else ctx.io.stderr(printable(failure.message));
    return EXIT_FAILED;
  }
  if (json) ctx.io.stdout(JSON.stringify({ ok: true, ...report }, null, 2));
  else for (const l of formatReport(report, t, ctx.language)) ctx.io.stdout(l);
  return EXIT_OK;
}
