import {
  movementBetween,
  type ForceFieldPosition,
  type ForceFieldSnapshot,
  type Party,
  type StakeholderToolsGuide,
} from '../../shared/domain/stakeholder-tools.js';
import type { ExportRun } from './builder-types.js';
import type { StakeholderToolsData } from '../../shared/domain/stakeholder-tools.js';

// What the stakeholder analysis (Word) and the stakeholder register (Excel) share: the order of
// parties and actions, the scoring to show movement against, and how a person is named.

/**
 * The scoring to compare the present grid with: the latest one in which some party stood
 * elsewhere. Right after a scoring the grid equals it, and the one before shows the movement.
 */
export function comparedScoring(
  snapshots: readonly ForceFieldSnapshot[],
  positions: readonly ForceFieldPosition[],
): ForceFieldSnapshot | null {
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const s = snapshots[i]!;
    if (movementBetween(s.positions, positions).length > 0) return s;
  }
  return null;
}

/** Who someone is in a document: the pseudonym, or with names "Name (R01)". */
export function personLabel(
  run: ExportRun,
  clean: (text: string) => string,
  id: string | null,
): string {
  const person = id ? run.snapshot.stakeholders.find((s) => s.id === id) : undefined;
  if (!person) return '';
  return run.options.useNames ? `${clean(person.name)} (${person.pseudonym})` : person.pseudonym;
}

/** The owner of an action: who, with the roles they hold ("R03, boegbeeld"). */
export function ownerLabel(
  run: ExportRun,
  tools: StakeholderToolsData,
  guide: StakeholderToolsGuide,
  clean: (text: string) => string,
  id: string | null,
): string {
  const who = personLabel(run, clean, id);
  if (!who) return '';
  const roles = tools.roles
    .filter((r) => r.stakeholderId === id)
    .map((r) => guide.roles.find((g) => g.id === r.roleId)?.name ?? r.roleId);
  return roles.length > 0 ? `${who}, ${roles.join(', ').toLowerCase()}` : who;
}

/** Parties on the grid in the order of the strategy chapter: most influence first, then attitude. */
export function placedParties(
  tools: StakeholderToolsData,
): { party: Party; position: ForceFieldPosition }[] {
  const byParty = new Map(tools.positions.map((p) => [p.partyId, p]));
  return tools.parties
    .flatMap((party) => {
      const position = byParty.get(party.id);
      return position ? [{ party, position }] : [];
    })
    .sort(
      (a, b) =>
        b.position.influence - a.position.influence ||
        b.position.attitude - a.position.attitude ||
        a.party.name.localeCompare(b.party.name),
    );
}

/** Every next action with a text, by due date (undated last), then by party name. */
export function actionsByDate(
  tools: StakeholderToolsData,
): { party: Party; position: ForceFieldPosition }[] {
  return placedParties(tools)
    .filter(({ position }) => position.nextAction.trim() !== '')
    .sort(
      (a, b) =>
        (a.position.actionDue ?? '9999').localeCompare(b.position.actionDue ?? '9999') ||
        a.party.name.localeCompare(b.party.name),
    );
}
