#!/usr/bin/env bash
# Side-by-side benchmark (issue 10): EmulationBot against the peer bot built on the official Bot Framework SDK for
# JavaScript, both keeping their state in blob storage on a private Azurite, both driven by the same load driver
# with an equivalent 5-turn registration ending in a card. Runs alternate (peer, ours, peer, ours …), each with a
# fresh Azurite and a fresh bot process, then one shorter run each with Azurite's request log on to count storage
# requests per turn. Prints one table; raw results stay in artifacts/bench/.
#
#   bash scripts/bench-peer.sh                       # 3 rounds of 20 warm-up + 200 conversations, concurrency 16
#   ROUNDS=5 CONCURRENCY=16 bash scripts/bench-peer.sh
#
# Environment: SHARED_BENCH (the peer and driver; default ../shared/bench), ROUNDS (3), CONVERSATIONS (200),
# WARMUP (20), CONCURRENCY (16), COUNT_CONVERSATIONS (50, for the request count), BOT_PORT (3978), PEER_PORT (3979),
# BLOB_PORT (10100). Not part of the test run: a benchmark measures, it does not pass or fail.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
ROUNDS=${ROUNDS:-3} CONVERSATIONS=${CONVERSATIONS:-200} WARMUP=${WARMUP:-20} CONCURRENCY=${CONCURRENCY:-16}
COUNT_CONVERSATIONS=${COUNT_CONVERSATIONS:-50}
BOT_PORT=${BOT_PORT:-3978} PEER_PORT=${PEER_PORT:-3979} BLOB_PORT=${BLOB_PORT:-10100}
HOST=127.0.0.1
OUT="$ROOT/artifacts/bench/peer-$(date +%Y%m%d-%H%M%S)"
PEER="$ROOT/artifacts/bench/peer-botbuilder-js"
AZURITE="$ROOT/Tests/node/node_modules/azurite/dist/src/blob/main.js"
DRIVER="$SHARED_BENCH/load/drive.mjs"
OUR_SCRIPT="$ROOT/Tests/EmulationBot.Benchmarks/Load/register.json"
DEV_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "bench-peer: $*" >&2; }
fail() { log "$*"; exit 2; }
[[ -f $DRIVER && -d $SHARED_BENCH/peer-botbuilder-js ]] || fail "the peer and its driver are not in $SHARED_BENCH (set SHARED_BENCH)"
mkdir -p "$OUT"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

wait_http() { # url seconds
  node -e 'const [u,s]=process.argv.slice(1);const end=Date.now()+s*1000;(async()=>{while(Date.now()<end){try{const r=await fetch(u);if(r.status<500)process.exit(0)}catch{}await new Promise(r=>setTimeout(r,200))}process.exit(1)})()' "$1" "$2"
}
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
peak_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status"; }

log "preparing: Node tools, the peer bot (a copy outside the repo's sources), our bot (Release)"
[[ -f Tests/node/node_modules/.package-lock.json ]] || (cd Tests/node && npm ci --no-audit --no-fund --loglevel=error)
if [[ ! -d $PEER/node_modules/botbuilder ]]; then
  rm -rf "$PEER" && mkdir -p "$PEER"
  (cd "$SHARED_BENCH/peer-botbuilder-js" && tar --exclude=node_modules -cf - .) | (cd "$PEER" && tar -xf -)
  (cd "$PEER" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
dotnet build Bot/EmulationBot.csproj -c Release --nologo -v quiet >&2
mkdir -p "$OUT/plans" && cp Tests/EmulationBot.Benchmarks/Load/bench-plan-2026.md "$OUT/plans/"

start_azurite() { # dir debug-log|""
  local args=(--blobHost "$HOST" --blobPort "$BLOB_PORT" --location "$1" --silent --skipApiVersionCheck --disableTelemetry)
  [[ -n $2 ]] && args+=(--debug "$2")
  node "$AZURITE" "${args[@]}" > "$1.log" 2>&1 &
  azurite_pid=$!; pids+=("$azurite_pid")
  wait_http "http://$HOST:$BLOB_PORT/devstoreaccount1?comp=list" 30 || fail "Azurite did not start"
}

start_bot() { # peer|ours dir
  if [[ $1 == peer ]]; then
    (cd "$PEER" && exec env PORT="$PEER_PORT" HOST="$HOST" BLOB_ENDPOINT="http://$HOST:$BLOB_PORT/devstoreaccount1" BLOB_CONTAINER=peer-bot-state node index.js) > "$2/bot.log" 2>&1 &
    bot_pid=$!; endpoint="http://$HOST:$PEER_PORT/api/messages"; health="http://$HOST:$PEER_PORT/healthz"; script="$SHARED_BENCH/load/register.json"
  else
    (cd Bot && exec env ASPNETCORE_ENVIRONMENT=Development MicrosoftAppId= Storage__Kind=Blob Storage__Container=emulationbot \
      Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$DEV_KEY;BlobEndpoint=http://$HOST:$BLOB_PORT/devstoreaccount1" \
      Plans__Folder="$OUT/plans" Logging__LogLevel__Default=Warning \
      dotnet bin/Release/net10.0/EmulationBot.dll --urls "http://$HOST:$BOT_PORT") > "$2/bot.log" 2>&1 &
    bot_pid=$!; endpoint="http://$HOST:$BOT_PORT/api/messages"; health="http://$HOST:$BOT_PORT/health"; script="$OUR_SCRIPT"
  fi
  pids+=("$bot_pid")
  wait_http "$health" 60 || { cat "$2/bot.log" >&2; fail "$1 did not start"; }
}

stop() { kill "$@" 2>/dev/null || true; for pid in "$@"; do wait "$pid" 2>/dev/null || true; done; }

run_once() { # peer|ours round conversations warmup debug(0/1)
  local who=$1 dir="$OUT/$1-$2"
  mkdir -p "$dir/azurite"
  start_azurite "$dir/azurite" "$([[ $5 == 1 ]] && echo "$dir/azurite-requests.log")"
  start_bot "$who" "$dir"
  local cpu0; cpu0=$(cpu_ticks "$bot_pid")
  node "$DRIVER" --endpoint "$endpoint" --script "$script" --conversations "$3" --concurrency "$CONCURRENCY" --warmup "$4" \
    > "$dir/result.json" 2> "$dir/driver.log" || log "$who round $2: the driver reported errors (see $dir/driver.log)"
  local cpu1 peak; cpu1=$(cpu_ticks "$bot_pid"); peak=$(peak_kb "$bot_pid")
  stop "$bot_pid"; stop "$azurite_pid"
  local requests=0
  [[ $5 == 1 ]] && requests=$(grep -c "BlobStorageContextMiddleware: RequestMethod=" "$dir/azurite-requests.log" || true)
  node -e '
    const fs = require("fs");
    const [dir, who, round, cpuTicks, tck, peakKb, requests, measured, warmup] = process.argv.slice(1);
    const r = JSON.parse(fs.readFileSync(dir + "/result.json", "utf8"));
    const allTurns = r.turns * (Number(measured) + Number(warmup)) / Number(measured);
    fs.writeFileSync(dir + "/summary.json", JSON.stringify({ who, round, ...r,
      cpu_ms_per_turn: Number(cpuTicks) / Number(tck) * 1000 / allTurns,
      peak_working_set_mb: Number(peakKb) / 1024,
      storage_requests_per_turn: Number(requests) / allTurns }));' \
    "$dir" "$who" "$2" "$((cpu1 - cpu0))" "$(getconf CLK_TCK)" "$peak" "$requests" "$3" "$4"
  log "$who round $2: $(cat "$dir/summary.json")"
}

for round in $(seq 1 "$ROUNDS"); do
  run_once peer "$round" "$CONVERSATIONS" "$WARMUP" 0
  run_once ours "$round" "$CONVERSATIONS" "$WARMUP" 0
done
run_once peer count "$COUNT_CONVERSATIONS" 0 1
run_once ours count "$COUNT_CONVERSATIONS" 0 1

node -e '
  const fs = require("fs"), path = require("path");
  const out = process.argv[1];
  const runs = fs.readdirSync(out).filter(d => fs.existsSync(path.join(out, d, "summary.json")))
    .map(d => JSON.parse(fs.readFileSync(path.join(out, d, "summary.json"), "utf8")));
  const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const row = who => {
    const timed = runs.filter(r => r.who === who && r.round !== "count");
    const counted = runs.find(r => r.who === who && r.round === "count");
    const f = (k, d = 1) => median(timed.map(r => r[k])).toFixed(d);
    return { who, runs: timed.length, errors: timed.reduce((a, r) => a + r.errors, 0),
      "turns/s": f("turns_per_sec"), "p50 ms": f("p50_ms"), "p95 ms": f("p95_ms"), "p99 ms": f("p99_ms"),
      "CPU ms/turn": f("cpu_ms_per_turn", 2), "storage req/turn": counted ? counted.storage_requests_per_turn.toFixed(2) : "?",
      "peak WS MB": f("peak_working_set_mb", 0) };
  };
  const table = [row("peer"), row("ours")];
  console.table(table);
  fs.writeFileSync(path.join(out, "table.json"), JSON.stringify(table, null, 2));
  console.log("raw results: " + out);' "$OUT"
