// Validates YAML files against a JSON Schema as an editor would: the files are read with the
// `yaml` package (YAML 1.2, as yaml-language-server reads them) and checked by Ajv, an
// implementation of JSON Schema independent of plan's own binder.
// Usage: node validate-schema.mjs SCHEMA.json FILE.yaml...
// Prints a JSON array: one {file, valid, errors, found} per file, in the order given: errors as
// a reader would read them, found as {keyword, path, key} for tests to name the exact finding
// (key: the missing or unknown property, when the keyword has one).
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';

const [schemaFile, ...files] = process.argv.slice(2);
// strict: a keyword Ajv does not know, or an ambiguous schema, is an error in the schema itself.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

const reports = files.map((file) => {
  let data;
  try {
    data = parse(readFileSync(file, 'utf8'), { uniqueKeys: true });
  } catch (e) {
    return { file, valid: false, errors: ['YAML: ' + e.message.split('\n')[0]], found: [{ keyword: 'yaml', path: '/', key: null }] };
  }
  const valid = validate(data);
  const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`
    + (e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''));
  const found = valid ? [] : validate.errors.map((e) => ({
    keyword: e.keyword,
    path: e.instancePath || '/',
    key: (e.params && (e.params.missingProperty || e.params.additionalProperty)) || null,
  }));
  return { file, valid, errors, found };
});
process.stdout.write(JSON.stringify(reports, null, 1) + '\n');
