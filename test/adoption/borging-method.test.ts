import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { borgingMethodFileSchema } from '../../src/shared/domain/adoption.js';
import { stakeholderToolsFileSchema } from '../../src/shared/domain/method.js';

// The borging checklist as the method ships it (resources/method/borging.json), read back from
// the file: the lessons of earlier engagements, in both languages, each pointing at a role the
// stakeholder tools know.

const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.resolve('resources/method', file), 'utf8'));

const borging = borgingMethodFileSchema.parse(read('borging.json'));
const roles = new Set(
  stakeholderToolsFileSchema.parse(read('stakeholder-tools.json')).roles.map((r) => r.id),
);

describe('the borging checklist', () => {
  it('has 10 to 14 items with unique ids, written out in Dutch and English', () => {
    expect(borging.items.length).toBeGreaterThanOrEqual(10);
    expect(borging.items.length).toBeLessThanOrEqual(14);
    expect(new Set(borging.items.map((i) => i.id)).size).toBe(borging.items.length);
    for (const item of borging.items)
      for (const field of [item.title, item.description, item.lesson]) {
        expect(field.nl.length, item.id).toBeGreaterThan(10);
        expect(field.en.length, item.id).toBeGreaterThan(10);
        expect(field.nl, item.id).not.toBe(field.en);
      }
  });

  it('names only roles the stakeholder tools have, and covers the lessons of the seeds', () => {
    for (const item of borging.items)
      if (item.roleId !== null) expect(roles.has(item.roleId), item.id).toBe(true);
    expect(borging.items.filter((i) => i.roleId !== null).map((i) => i.roleId)).toEqual(
      expect.arrayContaining(['boegbeeld', 'eigenaar', 'ambassadeur']),
    );
    const text = borging.items
      .map((i) => `${i.title.nl} ${i.description.nl} ${i.lesson.nl}`)
      .join(' ');
    for (const lesson of [
      /college/i,
      /boegbeeld/i,
      /binnen/i,
      /naar buiten/i,
      /eigenaar/i,
      /ambassadeurs in alle lagen/i,
      /financiering/i,
      /doorlopend proces/i,
    ])
      expect(text).toMatch(lesson);
  });
});
