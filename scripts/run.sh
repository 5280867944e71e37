#!/usr/bin/env bash
# THE run command for a person: builds the bot, starts it on http://127.0.0.1:3978 (Development, local file
# storage in .data/) and the Microsoft 365 Agents Playground in front of it, prints the address to open in a
# browser, and stops both on Ctrl-C. Options (environment): BOT_PORT (3978), PLAYGROUND_PORT (56150),
# EMULATIONBOT_DATA (the storage folder, default .data/), DEMO_PLANS (a folder of plans published at start-up:
# the two real plans in ../shared/plans when present, else the project's own sample plans), DEMO_NOW (the
# instant the bot's clock starts at, Development only; default 16/05/2022 08:30 Vietnam time so that the 2022
# plans' deadlines are still ahead; DEMO_NOW= (empty) keeps the real clock).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
BOT_PORT=${BOT_PORT:-3978}
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
DATA=${EMULATIONBOT_DATA:-$ROOT/.data}
LOGS="$ROOT/artifacts/run"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() { printf 'run.sh: %s\n' "$*" >&2; exit 2; }
command -v dotnet >/dev/null || fail "dotnet is not on PATH: install the .NET 10 SDK"
command -v node >/dev/null || fail "node is not on PATH: install Node.js 20 or later"
command -v npm >/dev/null || fail "npm is not on PATH: install Node.js 20 or later (with npm)"

# Answers 0 when something accepts connections on 127.0.0.1:$1.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$BOT_PORT" && fail "port $BOT_PORT is in use (another bot?); set BOT_PORT"
port_busy "$PLAYGROUND_PORT" && fail "port $PLAYGROUND_PORT is in use (another Playground?); set PLAYGROUND_PORT"

if [[ ! -f Tests/node/node_modules/.package-lock.json || Tests/node/package-lock.json -nt Tests/node/node_modules/.package-lock.json ]]; then
  echo "Installing the Node tools (Tests/node)..."
  (cd Tests/node && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "Building the bot..."
dotnet build Bot/EmulationBot.csproj -c Debug --nologo -v quiet
mkdir -p "$DATA" "$LOGS"

bot_pid="" playground_pid=""
stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  [[ -n $playground_pid ]] && kill "$playground_pid" 2>/dev/null || true
  [[ -n $bot_pid ]] && kill "$bot_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

# Demo set-up: plans published from a folder, the department's units, and the Playground's user (Nguyễn Văn
# An, see Tests/node/playground/playground.yml) as office staff, so every feature can be tried.
if [[ -z ${DEMO_PLANS+x} ]]; then
  if [[ -f "$ROOT/../shared/plans/quangbinh-sokhcn-2022.md" ]]; then DEMO_PLANS="$ROOT/../shared/plans"; else DEMO_PLANS="$ROOT/Tests/EmulationBot.Tests/Data/Plans"; fi
fi
DEMO_NOW=${DEMO_NOW-2022-05-16T08:30:00+07:00}
export Plans__Folder="$DEMO_PLANS" Clock__Now="$DEMO_NOW"
export Roles__Office__0="3b1f6a2c-0d4e-4f5a-8b7c-1e2d3f4a5b60"
export Units__Seed__0="Văn phòng Sở" Units__Seed__1="Phòng Quản lý khoa học" Units__Seed__2="Phòng Kế hoạch - Tài chính" \
       Units__Seed__3="Phòng Quản lý chuyên ngành" Units__Seed__4="Thanh tra Sở" \
       Units__Seed__5="Trung tâm Ứng dụng và Thống kê khoa học và công nghệ"

# The bot: local mode (Development and no MicrosoftAppId, so no token check), file storage.
ASPNETCORE_ENVIRONMENT=Development MicrosoftAppId= Storage__Kind=File Storage__Folder="$DATA" \
  dotnet "$ROOT/Bot/bin/Debug/net10.0/EmulationBot.dll" --contentRoot "$ROOT/Bot" --urls "http://127.0.0.1:$BOT_PORT" &
bot_pid=$!

# Waits until $1 answers 200 (node's fetch: no curl needed), for at most $2 seconds.
wait_for() {
  node -e '
    const [url, seconds] = process.argv.slice(1);
    const deadline = Date.now() + Number(seconds) * 1000;
    (async () => {
      while (Date.now() < deadline) {
        try { if ((await fetch(url)).ok) process.exit(0); } catch {}
        await new Promise((r) => setTimeout(r, 250));
      }
      process.exit(1);
    })();' "$1" "$2"
}
wait_for "http://127.0.0.1:$BOT_PORT/health" 60 || fail "the bot did not answer on http://127.0.0.1:$BOT_PORT/health"

# The Playground: Teams channel, our configuration (Teams-like ids, Vietnamese names), every socket on
# 127.0.0.1, no telemetry, no browser of its own; it exits if this script is killed.
M365_AGENTS_PLAYGROUND_CONFIG_PATH="$ROOT/Tests/node/playground/playground.yml" \
M365_AGENTS_PLAYGROUND_LOGFILE="$LOGS/playground.log" \
TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=true APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL=true \
NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost \
  node -r "$ROOT/Tests/node/playground/loopback-only.cjs" -r "$ROOT/Tests/node/playground/exit-with-parent.cjs" \
    "$ROOT/Tests/node/node_modules/@microsoft/m365agentsplayground/cli.js" \
    -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams --dt -p "$PLAYGROUND_PORT" \
    --service-url "http://127.0.0.1:$PLAYGROUND_PORT/_connector" > "$LOGS/playground.out" 2>&1 < /dev/null &
playground_pid=$!
wait_for "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping" 60 \
  || fail "the Playground did not start on port $PLAYGROUND_PORT (see $LOGS/playground.out)"
grep -q "Listening on $PLAYGROUND_PORT" "$LOGS/playground.out" \
  || fail "the Playground did not get port $PLAYGROUND_PORT (see $LOGS/playground.out)"

cat <<TEXT

  Bot:        http://127.0.0.1:$BOT_PORT/api/messages   (state in $DATA)
  Playground: http://127.0.0.1:$PLAYGROUND_PORT   <- open this in a browser and chat with the bot

  Plans published from: $DEMO_PLANS
  Bot clock starts at:  ${DEMO_NOW:-the real time}
  You are Nguyễn Văn An, office staff. Try "trợ giúp", "tro giup", "help", "danh sách kế hoạch",
  "hạn gửi kế hoạch của đơn vị là khi nào?". Logs: $LOGS/. Press Ctrl-C to stop both.

TEXT
wait -n "$bot_pid" "$playground_pid" || true
echo "run.sh: the bot or the Playground stopped by itself; see the output above and $LOGS/" >&2
exit 1
