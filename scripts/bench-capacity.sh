#!/usr/bin/env bash
# Capacity figures of our bot with blob state on a private Azurite (issue 10), printed as one table:
#   cold start   launch to the first answered turn (median of COLD_RUNS launches, each a new process and empty store);
#   memory       working set before and after CONVERSATIONS distinct 5-turn registrations (concurrency 16);
#   soak         SOAK_MINUTES at half the capacity measured first (concurrency 16, after a warm-up): every 10 s window
#                carries half of what the bot can do in 10 s, on a fixed schedule (a window that ran late is made up
#                by starting the next one at once); errors are counted, the working set sampled, and the CPU per turn
#                of the bot and of Azurite recorded per window; flat means the last samples are not above the first
#                ones beyond GC noise.
#
#   bash scripts/bench-capacity.sh                           # all three: 5 launches, 10,000 conversations, 30 minutes
#   SOAK_MINUTES=5 CONVERSATIONS=2000 bash scripts/bench-capacity.sh
#   ONLY=cold|memory|soak bash scripts/bench-capacity.sh
#
# Environment: SHARED_BENCH (the load driver; default ../shared/bench), COLD_RUNS (5), CONVERSATIONS (10000),
# SOAK_MINUTES (30), BOT_PORT (3978), BLOB_PORT (10100). Raw results stay in artifacts/bench/capacity-*.
# A benchmark measures, it does not pass or fail.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
COLD_RUNS=${COLD_RUNS:-5} CONVERSATIONS=${CONVERSATIONS:-10000} SOAK_MINUTES=${SOAK_MINUTES:-30} ONLY=${ONLY:-all}
source "$ROOT/scripts/bench/common.sh"
DRIVER="$SHARED_BENCH/load/drive.mjs"
SCRIPT="$ROOT/Tests/EmulationBot.Benchmarks/Load/register.json"
OUT="$ROOT/artifacts/bench/capacity-$(date +%Y%m%d-%H%M%S)"
[[ -f $DRIVER ]] || fail "the load driver is not in $SHARED_BENCH (set SHARED_BENCH)"
mkdir -p "$OUT/plans" && cp Tests/EmulationBot.Benchmarks/Load/bench-plan-2026.md "$OUT/plans/"
prepare_tools

drive() { # conversations concurrency result-file
  node "$DRIVER" --endpoint "http://$HOST:$BOT_PORT/api/messages" --script "$SCRIPT" --conversations "$1" \
    --concurrency "$2" --warmup 0 > "$3" 2> "${3%.json}.log" || log "the driver reported errors (see ${3%.json}.log)"
}
now_ms() { local t=${EPOCHREALTIME//[.,]/}; echo $((t / 1000)); }
field() { node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r[process.argv[2]])' "$1" "$2"; }

cold_start() {
  local runs=()
  for i in $(seq 1 "$COLD_RUNS"); do
    mkdir -p "$OUT/cold-$i/azurite"
    start_azurite "$OUT/cold-$i/azurite" ""
    our_bot_command "$OUT/plans"
    (cd Bot && node "$ROOT/scripts/bench/first-turn.mjs" --port "$BOT_PORT" -- "${OUR_BOT[@]}") > "$OUT/cold-$i/result.json" 2> "$OUT/cold-$i/bot.log"
    stop "$azurite_pid"
    runs+=("$(field "$OUT/cold-$i/result.json" first_turn_ms)")
    log "cold start $i: $(cat "$OUT/cold-$i/result.json")"
  done
  printf '%s\n' "${runs[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }' > "$OUT/cold-median"
}

memory() {
  mkdir -p "$OUT/memory/azurite"
  start_azurite "$OUT/memory/azurite" ""
  start_our_bot "$OUT/plans" "$OUT/memory/bot.log"
  drive 100 16 "$OUT/memory/warmup.json"
  sleep 3; rss_kb "$bot_pid" > "$OUT/memory/rss-before"
  drive "$CONVERSATIONS" 16 "$OUT/memory/result.json"
  sleep 3; rss_kb "$bot_pid" > "$OUT/memory/rss-after"; peak_kb "$bot_pid" > "$OUT/memory/peak"
  log "memory: $(cat "$OUT/memory/result.json"); working set $(cat "$OUT/memory/rss-before") kB -> $(cat "$OUT/memory/rss-after") kB"
  stop "$bot_pid"; stop "$azurite_pid"
}

soak() {
  mkdir -p "$OUT/soak/azurite" "$OUT/soak/windows"
  start_azurite "$OUT/soak/azurite" ""
  start_our_bot "$OUT/plans" "$OUT/soak/bot.log"
  drive 300 16 "$OUT/soak/warmup.json"
  drive 600 16 "$OUT/soak/capacity.json"
  local capacity per_window window=0 end=$((SECONDS + SOAK_MINUTES * 60))
  capacity=$(field "$OUT/soak/capacity.json" turns_per_sec)
  per_window=$(node -e 'console.log(Math.max(1, Math.round(Number(process.argv[1]) / 2 * 10 / 5)))' "$capacity")
  log "soak: capacity $capacity turns/s; $per_window conversations (5 turns each) every 10 s for $SOAK_MINUTES min"
  echo "window,seconds,errors,turns,rss_kb,bot_cpu_ticks,azurite_cpu_ticks" > "$OUT/soak/samples.csv"
  local t0 ms bot0 az0
  t0=$(now_ms)
  while (( SECONDS < end )); do
    window=$((window + 1))
    bot0=$(cpu_ticks "$bot_pid"); az0=$(cpu_ticks "$azurite_pid")
    drive "$per_window" 16 "$OUT/soak/windows/$window.json"
    echo "$window,$SECONDS,$(field "$OUT/soak/windows/$window.json" errors),$(field "$OUT/soak/windows/$window.json" turns),$(rss_kb "$bot_pid"),$(( $(cpu_ticks "$bot_pid") - bot0 )),$(( $(cpu_ticks "$azurite_pid") - az0 ))" >> "$OUT/soak/samples.csv"
    ms=$(( t0 + window * 10000 - $(now_ms) )) # until this window's slot ends; negative when behind
    (( ms > 0 )) && sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
  done
  echo "$capacity" > "$OUT/soak/capacity"
  kill -0 "$bot_pid" 2>/dev/null && echo alive > "$OUT/soak/health" || echo dead > "$OUT/soak/health"
  stop "$bot_pid"; stop "$azurite_pid"
}

[[ $ONLY == all || $ONLY == cold ]] && cold_start
[[ $ONLY == all || $ONLY == memory ]] && memory
[[ $ONLY == all || $ONLY == soak ]] && soak

node -e '
  const fs = require("fs"), path = require("path"), out = process.argv[1];
  const read = f => fs.existsSync(path.join(out, f)) ? fs.readFileSync(path.join(out, f), "utf8").trim() : null;
  const rows = [];
  if (read("cold-median")) rows.push({ figure: "cold start to first answered turn", value: read("cold-median") + " ms (median)" });
  if (read("memory/rss-after")) {
    const before = Number(read("memory/rss-before")) / 1024, after = Number(read("memory/rss-after")) / 1024;
    const r = JSON.parse(read("memory/result.json"));
    rows.push({ figure: `working set, ${r.conversations} conversations (${r.errors} errors)`, value: `${before.toFixed(0)} -> ${after.toFixed(0)} MB (+${(after - before).toFixed(0)} MB), peak ${(Number(read("memory/peak")) / 1024).toFixed(0)} MB` });
  }
  if (read("soak/samples.csv")) {
    const lines = read("soak/samples.csv").split("\n").slice(1).map(l => l.split(",").map(Number));
    const turns = lines.reduce((a, l) => a + l[3], 0), errors = lines.reduce((a, l) => a + l[2], 0);
    const mb = l => l[4] / 1024, n = Math.max(1, Math.floor(lines.length / 10));
    const avg = xs => xs.reduce((a, l) => a + mb(l), 0) / xs.length;
    const seconds = lines.length ? lines[lines.length - 1][1] - lines[0][1] + 10 : 0;
    rows.push({ figure: `soak ${(seconds / 60).toFixed(0)} min at half of ${read("soak/capacity")} turns/s`, value: `${turns} turns (${(turns / seconds).toFixed(0)}/s), ${errors} errors, bot ${read("soak/health")}` });
    rows.push({ figure: "soak working set, first → last tenth", value: `${avg(lines.slice(0, n)).toFixed(0)} → ${avg(lines.slice(-n)).toFixed(0)} MB (max ${Math.max(...lines.map(mb)).toFixed(0)} MB)` });
    // The bounded caches (state documents, activity ids) fill during the first minutes; flat is judged after that.
    const settled = lines.filter(l => l[1] - lines[0][1] >= seconds / 3), m = Math.max(1, Math.floor(settled.length / 10));
    if (settled.length > 1) rows.push({ figure: "soak working set, last two thirds: first → last tenth", value: `${avg(settled.slice(0, m)).toFixed(0)} → ${avg(settled.slice(-m)).toFixed(0)} MB` });
    // CPU per turn over the soak: of the bot, and of the storage emulator (which keeps every blob it was given).
    const tck = Number(require("child_process").execSync("getconf CLK_TCK"));
    const perTurn = (xs, col) => xs.reduce((a, l) => a + l[col], 0) / tck * 1000 / Math.max(1, xs.reduce((a, l) => a + l[3], 0));
    if (lines.length && lines[0].length > 6) {
      rows.push({ figure: "soak bot CPU per turn, first → last tenth", value: `${perTurn(lines.slice(0, n), 5).toFixed(2)} → ${perTurn(lines.slice(-n), 5).toFixed(2)} ms` });
      rows.push({ figure: "soak Azurite CPU per turn, first → last tenth", value: `${perTurn(lines.slice(0, n), 6).toFixed(2)} → ${perTurn(lines.slice(-n), 6).toFixed(2)} ms` });
    }
  }
  console.table(rows);
  fs.writeFileSync(path.join(out, "table.json"), JSON.stringify(rows, null, 2));
  console.log("raw results: " + out);' "$OUT"
