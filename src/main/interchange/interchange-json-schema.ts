import { z } from 'zod';
import { INTERCHANGE_FORMAT_VERSION, interchangeSchema } from './interchange-format.js';

/** Where the published schema lives, relative to the repository root. */
export const PUBLISHED_SCHEMA_PATH = 'resources/schema/engagement.schema.json';

/**
 * The JSON Schema (draft 2020-12) published for other tools, generated from the zod schema the
 * importer uses, so the two cannot drift apart (a test fails when the published file is stale).
 * It describes what the importer accepts; the checks a schema cannot express (unique ids,
 * references that resolve, attachments matching their sha256) are listed in docs/interchange.md.
 */
export function interchangeJsonSchemaText(): string {
  const generated = z.toJSONSchema(interchangeSchema, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: `https://koers.invalid/schema/engagement.v${INTERCHANGE_FORMAT_VERSION}.schema.json`,
    title: 'Koers engagement (JSON interchange)',
    description:
      'A whole Koers engagement as written by `koers export-json` and read by `koers import-json`. See docs/interchange.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
