import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interchangeJsonSchemaText, PUBLISHED_SCHEMA_PATH } from './interchange-json-schema.js';
import { INTERCHANGE_FORMAT_VERSION } from './interchange-format.js';

describe('the published JSON Schema', () => {
  it('is the one generated from the importer’s zod schema (run `npm run schema` after a change)', () => {
    const published = fs.readFileSync(path.resolve(PUBLISHED_SCHEMA_PATH), 'utf8');
    expect(published).toBe(interchangeJsonSchemaText());
  });

  it('describes the records a consultant would look for', () => {
    const schema = JSON.parse(interchangeJsonSchemaText()) as {
      required: string[];
      properties: Record<
        string,
        { const?: unknown; type?: string; minimum?: number; items?: { required?: string[] } }
      >;
    };
    expect(schema.required).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'koersVersion',
      'engagement',
      'method',
      'checklist',
      'stakeholders',
      'themes',
      'documents',
      'interviews',
      'findings',
    ]);
    expect(schema.properties['format']?.const).toBe('koers-engagement');
    expect(schema.properties['formatVersion']).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: INTERCHANGE_FORMAT_VERSION,
    });
    expect(schema.properties['documentText']?.items?.required).toEqual(
      expect.arrayContaining(['documentId', 'textStatus', 'pageCount', 'pages']),
    );
    expect(schema.properties['findings']?.items?.required).toEqual(
      expect.arrayContaining(['id', 'statement', 'themeIds', 'source', 'createdAt', 'updatedAt']),
    );
  });
});
