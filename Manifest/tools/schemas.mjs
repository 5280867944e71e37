// The Teams manifest JSON schemas bundled in @microsoft/app-manifest (installed under Tests/node), compiled
// with ajv for draft-04. Nothing is downloaded: the manifest's $schema URL is never fetched.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromPointer } from './json-paths.mjs';

const nodeTools = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'Tests', 'node');

/** True when `npm ci` has been run in Tests/node, so the schemas and ajv can be loaded. */
export const schemasInstalled = () => existsSync(join(nodeTools, 'node_modules', 'ajv-draft-04')) &&
  existsSync(join(nodeTools, 'node_modules', '@microsoft', 'app-manifest'));

// The v1.23+ main schemas use \p{L}, which only works in Unicode mode, but some Localization schema patterns
// ("…\b]\.description$") are invalid in Unicode mode. Compile each pattern in Unicode mode where it is valid
// and without the flag only where it is not.
function lenientRegExp(pattern, flags) {
  try {
    return new RegExp(pattern, flags);
  } catch (unicodeError) {
    if (!flags.includes('u')) throw unicodeError;
    return new RegExp(pattern, flags.replace('u', ''));
  }
}
lenientRegExp.code = 'lenientRegExp';

let ajv;
let packageDir;
const compiled = new Map();

function load() {
  const require = createRequire(join(nodeTools, 'package.json'));
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: lenientRegExp } });
  addFormats(ajv);
  return dirname(require.resolve('@microsoft/app-manifest/package.json'));
}

/**
 * The validator for manifestVersion `version` and `kind` ("MicrosoftTeams" or "MicrosoftTeams.Localization"),
 * or null when this version is not bundled.
 */
export function schemaFor(version, kind) {
  packageDir ??= load();
  const key = `${version}/${kind}`;
  if (!compiled.has(key)) {
    const folder = version === 'devPreview' ? 'vDevPreview' : `v${version}`;
    const file = join(packageDir, 'build', 'json-schemas', 'teams', folder, `${kind}.schema.json`);
    if (!/^(\d+\.\d+|devPreview)$/.test(version) || !existsSync(file)) compiled.set(key, null);
    else compiled.set(key, ajv.compile(JSON.parse(readFileSync(file, 'utf8'))));
  }
  return compiled.get(key);
}

/** Runs a compiled schema and reports each error under its field path. */
export function checkSchema(validate, document, file, problems) {
  if (validate(document)) return;
  const alreadyReported = new Set(problems.errors.filter(p => p.file === file).map(p => p.field));
  for (const error of validate.errors) {
    let field = fromPointer(error.instancePath);
    let message = error.message ?? 'is not valid';
    if (error.keyword === 'required') {
      field = field ? `${field}.${error.params.missingProperty}` : error.params.missingProperty;
      message = 'is required but missing';
    }
    field ||= '(root)';
    if (alreadyReported.has(field)) continue; // e.g. an unsubstituted placeholder, already explained
    if (error.keyword === 'enum') message += ` (${error.params.allowedValues.join(', ')})`;
    if (error.keyword === 'additionalProperties') message = `unknown property "${error.params.additionalProperty}"`;
    if (error.keyword === 'pattern') message = describePattern(field, valueOf(document, error.instancePath), error.params.pattern, message);
    problems.error(file, field, message);
  }
}

function valueOf(document, pointer) {
  return pointer.split('/').slice(1).reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

const GUID_PATTERN = '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$';

function describePattern(field, value, pattern, message) {
  if (pattern !== GUID_PATTERN) return `${JSON.stringify(value)} ${message}`;
  const what = field.endsWith('botId') ? "the Azure Bot's Microsoft App ID (BOT_ID)" : 'an id';
  const problem = value === '' ? 'is empty' : `${JSON.stringify(value)} is not a GUID`;
  return `${problem}; it must be ${what} in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`;
}
