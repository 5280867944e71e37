#!/usr/bin/env bash
# Side-by-side benchmark (issue 10): EmulationBot against the peer bot built on the official Bot Framework SDK for
# JavaScript, both keeping their state in blob storage on a private Azurite, both driven by the same load driver
# with an equivalent 5-turn registration ending in a card. Runs alternate (peer, ours, peer, ours …), each with a
# fresh Azurite and a fresh bot process, each warmed up by its own driver run first (CPU and storage requests cover
# the measured turns only), then one shorter run each with Azurite's request log on to count storage
# requests per turn. Prints one table; raw results stay in artifacts/bench/.
#
#   bash scripts/bench-peer.sh                       # 3 rounds of 300 warm-up + 1500 conversations, concurrency 16
#   WARMUP=20 CONVERSATIONS=200 bash scripts/bench-peer.sh   # the driver's own defaults: mostly JIT warm-up of both
#   ROUNDS=5 CONCURRENCY=16 bash scripts/bench-peer.sh
#
# Environment: SHARED_BENCH (the peer and driver; default ../shared/bench), ROUNDS (3), CONVERSATIONS (1500),
# WARMUP (300), CONCURRENCY (16), COUNT_CONVERSATIONS (50, for the request count), BOT_PORT (3978), PEER_PORT (3979),
# BLOB_PORT (10100). Not part of the test run: a benchmark measures, it does not pass or fail.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
ROUNDS=${ROUNDS:-3} CONVERSATIONS=${CONVERSATIONS:-1500} WARMUP=${WARMUP:-300} CONCURRENCY=${CONCURRENCY:-16}
COUNT_CONVERSATIONS=${COUNT_CONVERSATIONS:-50}
PEER_PORT=${PEER_PORT:-3979}
source "$ROOT/scripts/bench/common.sh"
OUT="$ROOT/artifacts/bench/peer-$(date +%Y%m%d-%H%M%S)"
PEER="$ROOT/artifacts/bench/peer-botbuilder-js"
DRIVER="$SHARED_BENCH/load/drive.mjs"
OUR_SCRIPT="$ROOT/Tests/EmulationBot.Benchmarks/Load/register.json"

[[ -f $DRIVER && -d $SHARED_BENCH/peer-botbuilder-js ]] || fail "the peer and its driver are not in $SHARED_BENCH (set SHARED_BENCH)"
mkdir -p "$OUT"

log "preparing: Node tools, the peer bot (a copy outside the repo's sources), our bot (Release)"
if [[ ! -d $PEER/node_modules/botbuilder ]]; then
  rm -rf "$PEER" && mkdir -p "$PEER"
  (cd "$SHARED_BENCH/peer-botbuilder-js" && tar --exclude=node_modules -cf - .) | (cd "$PEER" && tar -xf -)
  (cd "$PEER" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
prepare_tools
mkdir -p "$OUT/plans" && cp Tests/EmulationBot.Benchmarks/Load/bench-plan-2026.md "$OUT/plans/"

start_bot() { # peer|ours dir
  if [[ $1 == peer ]]; then
    (cd "$PEER" && exec env PORT="$PEER_PORT" HOST="$HOST" BLOB_ENDPOINT="http://$HOST:$BLOB_PORT/devstoreaccount1" BLOB_CONTAINER=peer-bot-state node index.js) > "$2/bot.log" 2>&1 &
    bot_pid=$!; endpoint="http://$HOST:$PEER_PORT/api/messages"; health="http://$HOST:$PEER_PORT/healthz"; script="$SHARED_BENCH/load/register.json"
  else
    our_bot_command "$OUT/plans"
    (cd Bot && exec "${OUR_BOT[@]}") > "$2/bot.log" 2>&1 &
    bot_pid=$!; endpoint="http://$HOST:$BOT_PORT/api/messages"; health="http://$HOST:$BOT_PORT/health"; script="$OUR_SCRIPT"
  fi
  pids+=("$bot_pid")
  wait_http "$health" 60 || { cat "$2/bot.log" >&2; fail "$1 did not start"; }
}


run_once() { # peer|ours round conversations warmup debug(0/1)
  local who=$1 dir="$OUT/$1-$2"
  mkdir -p "$dir/azurite"
  start_azurite "$dir/azurite" "$([[ $5 == 1 ]] && echo "$dir/azurite-requests.log")"
  start_bot "$who" "$dir"
  # The warm-up is its own driver run, so that CPU and storage requests below cover the measured turns only.
  if (( $4 > 0 )); then
    node "$DRIVER" --endpoint "$endpoint" --script "$script" --conversations "$4" --concurrency "$CONCURRENCY" --warmup 0 \
      > "$dir/warmup.json" 2> "$dir/warmup.log" || log "$who round $2: the warm-up reported errors (see $dir/warmup.log)"
  fi
  local cpu0 lines0=0; cpu0=$(cpu_ticks "$bot_pid")
  [[ $5 == 1 ]] && sleep 1 && lines0=$(grep -c "BlobStorageContextMiddleware: RequestMethod=" "$dir/azurite-requests.log" || true)
  node "$DRIVER" --endpoint "$endpoint" --script "$script" --conversations "$3" --concurrency "$CONCURRENCY" --warmup 0 \
    > "$dir/result.json" 2> "$dir/driver.log" || log "$who round $2: the driver reported errors (see $dir/driver.log)"
  local cpu1 peak; cpu1=$(cpu_ticks "$bot_pid"); peak=$(peak_kb "$bot_pid")
  local requests=0
  [[ $5 == 1 ]] && sleep 1 && requests=$(( $(grep -c "BlobStorageContextMiddleware: RequestMethod=" "$dir/azurite-requests.log" || true) - lines0 ))
  stop "$bot_pid"; stop "$azurite_pid"
  node -e '
    const fs = require("fs");
    const [dir, who, round, cpuTicks, tck, peakKb, requests] = process.argv.slice(1);
    const r = JSON.parse(fs.readFileSync(dir + "/result.json", "utf8"));
    fs.writeFileSync(dir + "/summary.json", JSON.stringify({ who, round, ...r,
      cpu_ms_per_turn: Number(cpuTicks) / Number(tck) * 1000 / r.turns,
      peak_working_set_mb: Number(peakKb) / 1024,
      storage_requests_per_turn: Number(requests) / r.turns }));' \
    "$dir" "$who" "$2" "$((cpu1 - cpu0))" "$(getconf CLK_TCK)" "$peak" "$requests"
  log "$who round $2: $(cat "$dir/summary.json")"
}

for round in $(seq 1 "$ROUNDS"); do
  run_once peer "$round" "$CONVERSATIONS" "$WARMUP" 0
  run_once ours "$round" "$CONVERSATIONS" "$WARMUP" 0
done
run_once peer count "$COUNT_CONVERSATIONS" "$WARMUP" 1
run_once ours count "$COUNT_CONVERSATIONS" "$WARMUP" 1

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
