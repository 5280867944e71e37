#!/usr/bin/env bash
# Builds the Teams app package Manifest/build/appPackage.zip (manifest.json, en-US.json and the two icons at
# the zip root) and, when the Node test tools are installed, validates it offline.
#
#   BOT_ID=<Azure Bot app id> BOT_DOMAIN=<bot host name> Manifest/package.sh
#
# Optional: TEAMS_APP_ID, APP_VERSION (default 1.0.0), DEVELOPER_NAME, DEVELOPER_URL, PRIVACY_URL, TERMS_URL,
# APP_PACKAGE_PATH (where to write the zip). Needs Node.js 20 or later; no zip tool.
# Exit codes: 0 = package written, 1 = the package failed validation (nothing written), 2 = bad settings.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
refuse() {
  echo "package.sh: $*" >&2
  echo "usage: BOT_ID=<Azure Bot app id (GUID)> BOT_DOMAIN=<host name, e.g. emulationbot.azurewebsites.net> $0" >&2
  exit 2
}

BOT_ID="$(printf '%s' "${BOT_ID:-}" | tr -d '[:space:]')"
BOT_DOMAIN="$(printf '%s' "${BOT_DOMAIN:-}" | tr -d '[:space:]')"
[[ -n "$BOT_ID" ]] || refuse "BOT_ID is not set: give the Microsoft App ID of your Azure Bot resource."
[[ -n "$BOT_DOMAIN" ]] || refuse "BOT_DOMAIN is not set: give the host name the bot is reachable at."
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$BOT_ID" =~ $guid ]] || refuse "BOT_ID \"$BOT_ID\" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
host='^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$'
[[ "$BOT_DOMAIN" =~ $host ]] || refuse "BOT_DOMAIN \"$BOT_DOMAIN\" is not a host name: give only the name, e.g. emulationbot.azurewebsites.net, without https:// or a path."
export BOT_ID BOT_DOMAIN

command -v node >/dev/null 2>&1 || refuse "Node.js 20 or later is needed to build the package (https://nodejs.org)."

output="${APP_PACKAGE_PATH:-$here/build/appPackage.zip}"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
node "$here/tools/pack.mjs" "$staging/appPackage.zip"

if [[ -d "$here/../Tests/node/node_modules/ajv-draft-04" && -d "$here/../Tests/node/node_modules/@microsoft/app-manifest" ]]; then
  if ! node "$here/tools/validate.mjs" "$staging/appPackage.zip"; then
    echo "package.sh: the package failed validation; nothing was written to $output" >&2
    exit 1
  fi
else
  echo "note: offline validation skipped (run \"npm ci\" in Tests/node to enable it)"
fi

mkdir -p "$(dirname "$output")"
mv -f "$staging/appPackage.zip" "$output"
echo "package.sh: wrote $output"
