import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interchangeJsonSchemaText, PUBLISHED_SCHEMA_PATH } from './interchange-json-schema.js';

// `npm run schema`: regenerates resources/schema/engagement.schema.json after a change to
// interchange-schema.ts. Runs from out/main/interchange/, three levels below the repository.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const target = path.join(root, PUBLISHED_SCHEMA_PATH);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, interchangeJsonSchemaText());
process.stdout.write(`${target}\n`);
