import {
  TIMELINE_EVENT_KINDS,
  type TimelineEvent,
  type TimelineEventKind,
} from '../../../shared/domain/adoption.js';
import type { Language } from '../../../shared/domain/common.js';
import type { CoreContext } from '../../core/core-context.js';
import { adoptionTranslator } from './adoption-texts.js';
import * as repo from './adoption.repository.js';

// The engagement's timeline: every dated event of every step on one line, oldest first. A
// document counts on its own date when it has one, else on the day it was added; an interview
// on the day it was held (afgenomen), a session on the day it was held (gehouden), a vision
// version on the day it was frozen (restore points are not events), presentations and decisions
// on their day. Records without such a day are left out, not guessed.
//
// Steps 1 to 4 up to the decisions are read here, as plain reads of their tables (they were on
// the timeline before areas could contribute). Later areas bring their own events through the
// `timeline` hook of their DomainArea (the nulmeting's measurements, the routekaart's
// milestones), so this file never learns their tables.

type OwnKind =
  'document' | 'interview' | 'session' | 'vision-version' | 'presentation' | 'decision';

const STEP: Record<OwnKind, number> = {
  document: 1,
  interview: 1,
  session: 2,
  'vision-version': 3,
  presentation: 4,
  decision: 4,
};

const DAY = /^\d{4}-\d{2}-\d{2}/;

function dayOf(statusDatesJson: string, status: string): string | null {
  try {
    const dates = JSON.parse(statusDatesJson) as Record<string, unknown>;
    const day = dates[status];
    return typeof day === 'string' && DAY.test(day) ? day.slice(0, 10) : null;
  } catch {
    return null;
  }
}

export async function readTimeline(
  ctx: CoreContext,
  engagementId: string,
  language: Language,
): Promise<TimelineEvent[]> {
  const db = ctx.open.get(engagementId).file.db;
  const t = adoptionTranslator(language);
  const [documents, interviews, sessions, versions, presentations, decisions] = await Promise.all([
    repo.documentEvents(db),
    repo.interviewEvents(db),
    repo.sessionEvents(db),
    repo.versionLabels(db),
    repo.listPresentations(db),
    repo.listDecisions(db),
  ]);
  const labels = new Map(versions.map((v) => [v.id, v.label]));
  const events: TimelineEvent[] = [];
  const add = (kind: OwnKind, date: string | null, title: string, refId: string) => {
    if (date) events.push({ date, kind, step: STEP[kind], title, refId });
  };
  for (const d of documents)
    add(
      'document',
      d.document_date && DAY.test(d.document_date)
        ? d.document_date.slice(0, 10)
        : d.created_at.slice(0, 10),
      t(d.document_date ? 'timeline.document' : 'timeline.documentAdded', { title: d.title }),
      d.id,
    );
  for (const i of interviews)
    add(
      'interview',
      dayOf(i.status_dates_json, 'afgenomen'),
      t('timeline.interview', { title: i.title }),
      i.id,
    );
  for (const s of sessions)
    add(
      'session',
      dayOf(s.status_dates_json, 'gehouden'),
      t('timeline.session', { title: s.title }),
      s.id,
    );
  for (const v of versions)
    if (v.status !== 'herstelpunt')
      add(
        'vision-version',
        v.frozen_at.slice(0, 10),
        t('timeline.version', { label: v.label }),
        v.id,
      );
  for (const p of presentations) {
    const audience = t(`audience.${p.audience}`);
    const label = p.version_id ? labels.get(p.version_id) : undefined;
    add(
      'presentation',
      p.date,
      label
        ? t('timeline.presentation', { label, audience })
        : t('timeline.presentationNoVersion', {
            audience,
            title: p.title || t(`audience.${p.audience}`),
          }),
      p.id,
    );
  }
  for (const d of decisions) {
    const label = d.version_id ? labels.get(d.version_id) : undefined;
    const words = {
      subject: t(`subject.${d.subject}`),
      kind: t(`kind.${d.kind}`),
      body: t(`body.${d.body}`),
      label,
    };
    add(
      'decision',
      d.date,
      t(label ? 'timeline.decisionVersion' : 'timeline.decision', words),
      d.id,
    );
  }
  for (const area of ctx.areas)
    events.push(...((await area.timeline?.(ctx, engagementId, language)) ?? []));
  // Within a day, in the order of the method; events of one kind keep the order read.
  const order = (k: TimelineEventKind) => TIMELINE_EVENT_KINDS.indexOf(k);
  return events
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) => a.e.date.localeCompare(b.e.date) || order(a.e.kind) - order(b.e.kind) || a.i - b.i,
    )
    .map(({ e }) => e);
}
