import { describe, expect, it } from 'vitest';
import { engagementFieldsSchema } from '../../shared/domain/engagement.js';
import { STAKEHOLDER_GROUPS, stakeholderFieldsSchema } from '../../shared/domain/stakeholder.js';
import { loadMethod, resolveMethodDir } from '../method/load-method.js';
import { demoCheckedItems, demoEngagement, demoLogoSvg, demoStakeholders } from './demo-content.js';

describe('demo engagement content', () => {
  it('is a valid engagement for the fictional municipality of Dijkhaven', () => {
    const parsed = engagementFieldsSchema.parse(demoEngagement);
    expect(parsed.clientName).toBe('Gemeente Dijkhaven');
    expect(parsed.title).toContain('Dijkhaven');
    expect(parsed.status).toBe('lopend');
    expect(parsed.language).toBe('nl');
    expect(parsed.startDate?.startsWith('2026-')).toBe(true);
    expect(parsed.consultants).toHaveLength(2);
  });

  it('carries the SVG logo, base64 encoded, in the house colours', () => {
    const logo = demoEngagement.houseStyle.logo;
    expect(logo?.mimeType).toBe('image/svg+xml');
    const decoded = Buffer.from(logo?.dataBase64 ?? '', 'base64').toString('utf8');
    expect(decoded).toBe(demoLogoSvg);
    expect(decoded.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(decoded).toContain(demoEngagement.houseStyle.primaryColor);
    expect(decoded).toContain(demoEngagement.houseStyle.secondaryColor);
    expect(decoded).not.toContain('<text');
  });

  it('has at least 15 valid stakeholders with unique names, in every group', () => {
    expect(demoStakeholders.length).toBeGreaterThanOrEqual(15);
    for (const stakeholder of demoStakeholders) {
      expect(stakeholderFieldsSchema.parse(stakeholder)).toEqual(stakeholder);
    }
    const names = demoStakeholders.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const groups = new Set(demoStakeholders.map((s) => s.group));
    expect([...STAKEHOLDER_GROUPS].filter((g) => !groups.has(g))).toEqual([]);
  });

  it('has the programme team of the approach', () => {
    const team = demoStakeholders.filter((s) => s.group === 'programmateam').map((s) => s.jobTitle);
    expect(team).toEqual(
      expect.arrayContaining([
        'Programmamanager datagedreven werken',
        'Beleidsadviseur onderzoek & statistiek',
        'Strategisch informatiemanager',
        'Projectleider dienstverlening',
        'Functioneel beheerder',
      ]),
    );
    expect(team.filter((t) => t === 'Informatieanalist')).toHaveLength(2);
  });

  it('explains every consent that is not simply given', () => {
    const states = new Set(demoStakeholders.map((s) => s.consent));
    expect(states).toEqual(new Set(['gegeven', 'onbekend', 'geweigerd']));
    for (const s of demoStakeholders.filter((x) => x.consent !== 'gegeven')) {
      expect(s.consentNote.length, s.name).toBeGreaterThan(10);
    }
  });

  it('ticks only checklist items of step 1 that exist in the real method', () => {
    const method = loadMethod(resolveMethodDir());
    const stepOne = method.steps.find((s) => s.number === 1);
    const stepOneIds = new Set(stepOne?.checklist.map((i) => i.id));
    expect(demoCheckedItems.length).toBeGreaterThan(0);
    expect(demoCheckedItems.filter((id) => !stepOneIds.has(id))).toEqual([]);
    // Step 1 is under way, not finished: the overview should show partial progress.
    expect(demoCheckedItems.length).toBeLessThan(stepOneIds.size);
    expect(new Set(demoCheckedItems).size).toBe(demoCheckedItems.length);
  });
});
