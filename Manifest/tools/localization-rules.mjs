// The localization files: listed once each, in the package, valid against the Localization schema, every key
// naming a field that exists in manifest.json, and every translatable manifest field (names, descriptions,
// bot commands) translated — so a command can never exist in one language only.
import { parseKey, strings, valueAt } from './json-paths.mjs';
import { checkPlaceholders } from './placeholders.mjs';
import { checkSchema, schemaFor } from './schemas.mjs';

const TRANSLATED = [
  /^name\.(short|full)$/,
  /^description\.(short|full)$/,
  /^description\.features\[\d+\]\.(title|description)$/,
  /^bots\[0\]\.commandLists\[\d+\]\.commands\[\d+\]\.(title|description)$/,
  /^staticTabs\[\d+\]\.name$/,
  /^composeExtensions\[0\]\.commands\[\d+\]\.(title|description)$/,
];
const COMMAND = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/;
const NOT_FIELDS = new Set(['$schema', 'localizationKeys']);

export function checkLocalization(manifest, files, problems) {
  const info = manifest.localizationInfo;
  if (!info || typeof info !== 'object') return;
  const defaultTag = String(info.defaultLanguageTag ?? '').toLowerCase();
  const languages = [];
  if (typeof info.defaultLanguageFile === 'string') {
    languages.push({ tag: info.defaultLanguageTag, file: info.defaultLanguageFile, field: 'localizationInfo.defaultLanguageFile' });
  }
  const seen = new Set();
  (Array.isArray(info.additionalLanguages) ? info.additionalLanguages : []).forEach((language, i) => {
    const field = `localizationInfo.additionalLanguages[${i}]`;
    const tag = String(language?.languageTag ?? '').toLowerCase();
    if (tag === defaultTag) problems.error('manifest.json', field, `"${language.languageTag}" is already the default language (defaultLanguageTag)`);
    else if (seen.has(tag)) problems.error('manifest.json', field, `"${language.languageTag}" is listed twice`);
    seen.add(tag);
    if (typeof language?.file === 'string') languages.push({ tag: language.languageTag, file: language.file, field: `${field}.file` });
  });
  for (const language of languages) checkLanguageFile(manifest, files, language, problems);
}

function checkLanguageFile(manifest, files, { tag, file, field }, problems) {
  const bytes = files.get(file);
  if (!bytes) {
    problems.error('manifest.json', field, `localization file "${file}" (${tag}) is not in the package`);
    return;
  }
  let translations;
  try {
    translations = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.error(file, '', `is not valid JSON: ${error.message}`);
    return;
  }
  if (!translations || typeof translations !== 'object' || Array.isArray(translations)) {
    problems.error(file, '', 'must hold a JSON object of translated strings');
    return;
  }
  checkPlaceholders(translations, file, problems);
  const validate = schemaFor(String(manifest.manifestVersion), 'MicrosoftTeams.Localization');
  if (validate) checkSchema(validate, translations, file, problems);
  const expected = `/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`;
  if (typeof translations.$schema === 'string' && !translations.$schema.endsWith(expected)) {
    problems.warning(file, '$schema', `"${translations.$schema}" does not match manifestVersion ${manifest.manifestVersion}`);
  }
  checkKeysExist(manifest, translations, file, problems);
  checkEverythingTranslated(manifest, translations, file, tag, problems);
  checkTitlesUnique(translations, file, problems);
}

// Two commands with the same title in one list cannot be told apart by the bot; the manifest side is checked
// with the other manifest rules.
function checkTitlesUnique(translations, file, problems) {
  const seen = new Map();
  for (const [key, value] of Object.entries(translations)) {
    const command = COMMAND.exec(key);
    if (!command || command[3] !== 'title' || typeof value !== 'string') continue;
    const id = `${command[1]}/${value.trim().toLowerCase()}`;
    if (seen.has(id)) problems.error(file, key, `"${value}" is also the title of ${seen.get(id)}; titles in one command list must differ`);
    else seen.set(id, key);
  }
}

function checkKeysExist(manifest, translations, file, problems) {
  for (const [key, value] of Object.entries(translations)) {
    if (NOT_FIELDS.has(key)) continue;
    const parts = parseKey(key);
    if (parts && typeof valueAt(manifest, parts) === 'string') continue;
    const command = COMMAND.exec(key);
    problems.error(file, key, command
      ? `${JSON.stringify(value)} has no matching command ${command[3]} in manifest.json (commandLists[${command[1]}].commands[${command[2]}]): every command must exist in both languages`
      : `points at no field in manifest.json; each key must name an existing manifest field`);
  }
}

function checkEverythingTranslated(manifest, translated, file, tag, problems) {
  for (const [path, value] of strings(manifest)) {
    if (!TRANSLATED.some(pattern => pattern.test(path)) || typeof translated[path] === 'string') continue;
    if (problems.hasError(file, path)) continue; // the schema already said it is required
    const command = COMMAND.exec(path);
    problems.error(file, path, command
      ? `missing: the command ${JSON.stringify(value)} in manifest.json has no ${tag} ${command[3]}; every command must exist in both languages`
      : `missing: manifest.json has ${JSON.stringify(value)} here, but there is no ${tag} translation`);
  }
}
