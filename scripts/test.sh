#!/usr/bin/env bash
# THE test command: builds the solution and runs every test project (unit, in-process HTTP, end-to-end through
# the Agents Playground, card checks, screenshots). Installs what it needs without asking: the Node tools
# (npm ci in Tests/node) and, when missing, Debian's chromium and DejaVu fonts. Works with CI=true and no stdin.
# Results: artifacts/test-results/<project>.xunit.xml, screenshots: artifacts/screenshots/. Exit code 0 = green.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
RESULTS="$ROOT/artifacts/test-results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DEBIAN_FRONTEND=noninteractive
# Every process this run starts inherits this marker, so the clean-up below finds exactly those and no others.
export EMULATIONBOT_TEST_RUN="test-$$-$(date +%s)"

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; exit 2; }

# Stops whatever this run started and left behind (a Playground, Azurite, a browser, a hung test host).
cleanup() {
  local pid left=()
  for environ in /proc/[0-9]*/environ; do
    pid=${environ#/proc/}; pid=${pid%/environ}
    [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
    if { tr '\0' '\n' < "$environ"; } 2>/dev/null | grep -qx "EMULATIONBOT_TEST_RUN=$EMULATIONBOT_TEST_RUN"; then left+=("$pid"); fi
  done
  if ((${#left[@]})); then
    echo "test.sh: stopping ${#left[@]} process(es) the tests left behind: ${left[*]}" >&2
    kill "${left[@]}" 2>/dev/null || true
    sleep 2
    kill -9 "${left[@]}" 2>/dev/null || true
  fi
}
trap cleanup EXIT

say "Checking the tools"
command -v dotnet >/dev/null || fail "dotnet is not on PATH: install the .NET 10 SDK"
dotnet --list-sdks | grep -q '^10\.' || fail "the .NET 10 SDK is required (found: $(dotnet --list-sdks | tr '\n' ' '))"
command -v node >/dev/null || fail "node is not on PATH: install Node.js 20 or later"
command -v npm >/dev/null || fail "npm is not on PATH: install Node.js 20 or later (with npm)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || fail "Node.js 20 or later is required (found $(node --version))"
echo "dotnet $(dotnet --version), node $(node --version), npm $(npm --version)"

say "Node tools (Tests/node)"
if [[ ! -f Tests/node/node_modules/.package-lock.json || Tests/node/package-lock.json -nt Tests/node/node_modules/.package-lock.json ]]; then
  (cd Tests/node && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "up to date"
fi

say "Chromium and fonts for the card screenshots"
chromium_bin=${EMULATIONBOT_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium_bin || ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]]; then
  command -v apt-get >/dev/null || fail "chromium is missing and there is no apt-get: install Chromium and set EMULATIONBOT_CHROMIUM"
  sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || fail "chromium is missing: run as root or install sudo"
    sudo=(sudo -n)
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
fi
"$chromium_bin" --version 2>/dev/null | head -1 || true

say "Build"
dotnet build EmulationBot.sln -c Debug --nologo -warnaserror

say "Tests"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
status=0
dotnet test EmulationBot.sln -c Debug --no-build --nologo \
  --results-directory "$RESULTS" \
  --logger "console;verbosity=normal" \
  --logger "xunit;LogFilePath=$RESULTS/{assembly}.xunit.xml" \
  --blame-hang-timeout 15m --blame-hang-dump-type none < /dev/null || status=$?

# One closing line for people and CI: the sum over every test project's results.
node - "$RESULTS" <<'JS' || status=1
const fs = require('node:fs');
const path = require('node:path');
const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xunit.xml'));
let passed = 0, failed = 0, skipped = 0;
for (const file of files) {
  const xml = fs.readFileSync(path.join(dir, file), 'utf8');
  for (const m of xml.matchAll(/<assembly\b[^>]*>/g)) {
    const attr = (name) => Number((new RegExp(`\\b${name}="(\\d+)"`).exec(m[0]) ?? [])[1] ?? 0);
    passed += attr('passed'); failed += attr('failed'); skipped += attr('skipped');
  }
}
console.log(`\n${files.length} test project(s); results in ${dir}`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (files.length === 0 || passed === 0 || failed > 0) process.exit(1);
JS
exit $status
