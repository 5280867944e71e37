// Builds the Teams app package: manifest.json and the files it references (icons, localization files), with
// the ${{NAME}} placeholders replaced, zipped at the archive root. Called by package.sh, which checks the
// required settings first.  node Manifest/tools/pack.mjs <output.zip>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings } from './pack-settings.mjs';
import { PLACEHOLDER } from './placeholders.mjs';
import { createZip } from './zip.mjs';

const manifestDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const fail = message => {
  console.error(`package.sh: ${message}`);
  process.exit(2);
};

const output = process.argv[2];
if (!output) fail('usage: node Manifest/tools/pack.mjs <output.zip>');
const { values, problems, notes } = readSettings(process.env);
if (problems.length > 0) fail(problems.join('\n  '));

function substitute(value, file) {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_, name) => {
      if (!values[name]) fail(`${file} uses the placeholder \${{${name}}}, which has no value.`);
      return values[name];
    });
  }
  if (Array.isArray(value)) return value.map(item => substitute(item, file));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, file)]));
  return value;
}

const jsonEntry = name => ({
  name,
  data: Buffer.from(JSON.stringify(substitute(JSON.parse(readFileSync(join(manifestDir, name), 'utf8')), name), null, 2) + '\n'),
});

const manifest = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'));
const languageFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map(language => language.file);
if (manifest.localizationInfo?.defaultLanguageFile) languageFiles.unshift(manifest.localizationInfo.defaultLanguageFile);
const icons = [manifest.icons.color, manifest.icons.outline, manifest.icons.color32x32].filter(Boolean);
const entries = [
  jsonEntry('manifest.json'),
  ...languageFiles.map(jsonEntry),
  ...icons.map(name => ({ name, data: readFileSync(join(manifestDir, name)) })),
];

const target = resolve(output);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, createZip(entries));
for (const note of notes) console.log(`note: ${note}`);
console.log(`packed ${entries.map(e => e.name).join(', ')} into ${target}`);
