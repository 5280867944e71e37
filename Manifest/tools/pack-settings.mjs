// The values package.sh substitutes for the ${{NAME}} placeholders in manifest.json, from the environment.
// BOT_ID and BOT_DOMAIN are required (package.sh checks them first); the others have defaults.

// The Teams app's own id. Teams recognises an uploaded package as a new version of an installed app by this id,
// so it must stay the same from one package to the next: a fixed project GUID (it is not a secret). Set
// TEAMS_APP_ID only to install a second copy of the bot (for example a test instance) in the same tenant.
const DEFAULT_TEAMS_APP_ID = '6337dd59-28b8-4604-a94b-6e72a0aef252';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** Returns { values, problems, notes }: the placeholder values, what is wrong with them, and defaults worth a mention. */
export function readSettings(env) {
  const given = name => (env[name] ?? '').trim();
  const domain = given('BOT_DOMAIN');
  const values = {
    BOT_ID: given('BOT_ID'),
    BOT_DOMAIN: domain,
    TEAMS_APP_ID: given('TEAMS_APP_ID') || DEFAULT_TEAMS_APP_ID,
    APP_VERSION: given('APP_VERSION') || '1.0.0',
    DEVELOPER_NAME: given('DEVELOPER_NAME') || 'Sở Khoa học và Công nghệ',
    DEVELOPER_URL: given('DEVELOPER_URL') || `https://${domain}`,
    PRIVACY_URL: given('PRIVACY_URL') || `https://${domain}/privacy`,
    TERMS_URL: given('TERMS_URL') || `https://${domain}/terms`,
  };
  const problems = [];
  if (!GUID.test(values.TEAMS_APP_ID)) problems.push(`TEAMS_APP_ID "${values.TEAMS_APP_ID}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
  if (!/^\d+\.\d+\.\d+$/.test(values.APP_VERSION)) problems.push(`APP_VERSION "${values.APP_VERSION}" is not MAJOR.MINOR.PATCH, for example 1.0.1.`);
  if ([...values.DEVELOPER_NAME].length > 32) problems.push(`DEVELOPER_NAME is longer than the 32 characters Teams allows.`);
  for (const name of ['DEVELOPER_URL', 'PRIVACY_URL', 'TERMS_URL']) {
    if (!/^https:\/\/[^\s/]+/.test(values[name])) problems.push(`${name} "${values[name]}" must be an https:// URL.`);
  }
  const notes = ['PRIVACY_URL', 'TERMS_URL']
    .filter(name => !given(name))
    .map(name => `${name} is not set, so the package links to ${values[name]}; the bot serves no such page, so set ${name} to your department's page before publishing.`);
  return { values, problems, notes };
}
