// Validates SARIF files against the SARIF 2.1.0 schema, offline.
// Usage: node validate-sarif.mjs FILE...   Prints one JSON line per file: {file, valid, errors}.
// Exit 0 when every file is valid, 1 otherwise.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
// The SARIF 2.1.0 schema (JSON Schema draft-04), shipped inside this npm package: no fetching by URL.
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
// The schema's language pattern has a stray ']' that is an error only in Unicode mode.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let allValid = true;
for (const file of process.argv.slice(2)) {
  const valid = validate(JSON.parse(readFileSync(file, 'utf8')));
  allValid &&= valid;
  const errors = (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message}`);
  console.log(JSON.stringify({ file, valid, errors, schema: schema.title ?? schema.id ?? schema.$id }));
}
process.exit(allValid ? 0 : 1);
