// Validates the files of a Teams app package (file name → bytes): the manifest against its bundled schema,
// then the rules the schema cannot express, then the icons and the localization files.
import { checkIcons } from './icon-rules.mjs';
import { checkLocalization } from './localization-rules.mjs';
import { checkPlaceholders } from './placeholders.mjs';
import { Problems } from './problems.mjs';
import { checkSchema, schemaFor } from './schemas.mjs';

export function checkPackage(files) {
  const problems = new Problems();
  const bytes = files.get('manifest.json');
  if (!bytes) {
    problems.error('manifest.json', '', 'is not in the package');
    return problems;
  }
  let manifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.error('manifest.json', '', `is not valid JSON: ${error.message}`);
    return problems;
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    problems.error('manifest.json', '', 'must hold a JSON object');
    return problems;
  }
  checkPlaceholders(manifest, 'manifest.json', problems);
  const version = String(manifest.manifestVersion ?? '');
  const validate = schemaFor(version, 'MicrosoftTeams');
  if (!validate) problems.error('manifest.json', 'manifestVersion', `"${version}" is not a manifest version these offline schemas know`);
  else checkSchema(validate, manifest, 'manifest.json', problems);
  checkManifestRules(manifest, problems);
  checkIcons(manifest, files, problems);
  checkLocalization(manifest, files, problems);
  checkUnreferencedFiles(manifest, files, problems);
  return problems;
}

const list = value => (Array.isArray(value) ? value : []);

function checkManifestRules(manifest, problems) {
  const reported = field => problems.hasError('manifest.json', field); // e.g. an unsubstituted placeholder
  if (typeof manifest.version === 'string' && !/^\d+\.\d+\.\d+$/.test(manifest.version) && !reported('version')) {
    problems.error('manifest.json', 'version', `"${manifest.version}" is not MAJOR.MINOR.PATCH (for example 1.0.0)`);
  }
  const expected = `/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`;
  if (typeof manifest.$schema === 'string' && !manifest.$schema.endsWith(expected)) {
    problems.warning('manifest.json', '$schema', `"${manifest.$schema}" does not match manifestVersion ${manifest.manifestVersion}`);
  }
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    const url = manifest.developer?.[key];
    if (typeof url === 'string' && !/^https:\/\//i.test(url) && !reported(`developer.${key}`)) {
      problems.warning('manifest.json', `developer.${key}`, `"${url}" should be an https:// URL`);
    }
  }
  list(manifest.bots).forEach((bot, b) => {
    list(bot?.commandLists).forEach((commandList, l) => {
      const field = `bots[${b}].commandLists[${l}]`;
      for (const scope of list(commandList?.scopes)) {
        if (!list(bot.scopes).includes(scope)) problems.warning('manifest.json', `${field}.scopes`, `"${scope}" is not one of the bot's scopes`);
      }
      const titles = new Set();
      list(commandList?.commands).forEach((command, c) => {
        const title = String(command?.title ?? '').trim().toLowerCase();
        if (titles.has(title)) problems.error('manifest.json', `${field}.commands[${c}].title`, `"${command.title}" appears twice in this command list`);
        titles.add(title);
      });
    });
  });
}

function checkUnreferencedFiles(manifest, files, problems) {
  const referenced = new Set(['manifest.json', manifest.icons?.color, manifest.icons?.outline, manifest.icons?.color32x32,
    manifest.localizationInfo?.defaultLanguageFile, ...list(manifest.localizationInfo?.additionalLanguages).map(l => l?.file)]);
  for (const name of files.keys()) {
    if (!referenced.has(name)) problems.warning(name, '', 'is in the package but the manifest does not use it');
  }
}
