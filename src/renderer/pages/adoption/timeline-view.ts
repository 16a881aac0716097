// .js extensions: this file's test runs under Node, and Vite maps them to the .ts sources.
import type { TimelineEvent } from '../../../shared/domain/adoption.js';
import { documentHref, engagementPath, interviewHref, sessionHref } from '../../app/router.js';

// What the timeline screen shows: the events of one step or all, and where each one opens.

/** The events of one step (1–4), or all when `step` is null; the core's order kept. */
export const eventsOfStep = (
  events: readonly TimelineEvent[],
  step: number | null,
): TimelineEvent[] => (step === null ? [...events] : events.filter((e) => e.step === step));

/** The steps that have events, for the filter: a step without any is not offered. */
export const stepsWithEvents = (events: readonly TimelineEvent[]): number[] =>
  [...new Set(events.map((e) => e.step))].sort((a, b) => a - b);

/** Where an event's record opens (a vision version: the vision, whose versions tab lists it). */
export function eventHref(engagementId: string, event: TimelineEvent): string | null {
  switch (event.kind) {
    case 'document':
      return documentHref(engagementId, event.refId);
    case 'interview':
      return interviewHref(engagementId, event.refId);
    case 'session':
      return sessionHref(engagementId, event.refId);
    case 'presentation':
    case 'decision':
      return engagementPath(engagementId, 'adoption');
    case 'vision-version':
      return engagementPath(engagementId, 'vision');
    case 'measurement':
      return engagementPath(engagementId, 'nulmeting');
    case 'milestone':
      return engagementPath(engagementId, 'roadmap');
  }
}

/** The four step names for the chart's legend, from the method (the overview's steps). */
export function stepLabels(
  steps: readonly { number: number; title: string }[],
  fallback: (n: number) => string,
): [string, string, string, string] {
  const name = (n: number) => steps.find((s) => s.number === n)?.title ?? fallback(n);
  return [name(1), name(2), name(3), name(4)];
}
