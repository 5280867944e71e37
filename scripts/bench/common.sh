# Shared by the load benchmarks (sourced): a private Azurite, our bot in Release with blob state, process figures.
HOST=127.0.0.1
BOT_PORT=${BOT_PORT:-3978} BLOB_PORT=${BLOB_PORT:-10100}
AZURITE="$ROOT/Tests/node/node_modules/azurite/dist/src/blob/main.js"
DEV_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
BLOB_CONNECTION="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$DEV_KEY;BlobEndpoint=http://$HOST:$BLOB_PORT/devstoreaccount1"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "$(basename "$0" .sh): $*" >&2; }
fail() { log "$*"; exit 2; }

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
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
stop() { kill "$@" 2>/dev/null || true; for pid in "$@"; do wait "$pid" 2>/dev/null || true; done; }

prepare_tools() {
  [[ -f $ROOT/Tests/node/node_modules/.package-lock.json ]] || (cd "$ROOT/Tests/node" && npm ci --no-audit --no-fund --loglevel=error >&2)
  dotnet build "$ROOT/Bot/EmulationBot.csproj" -c Release --nologo -v quiet >&2
}

start_azurite() { # dir debug-log|""
  local args=(--blobHost "$HOST" --blobPort "$BLOB_PORT" --location "$1" --silent --skipApiVersionCheck --disableTelemetry)
  [[ -n $2 ]] && args+=(--debug "$2")
  node "$AZURITE" "${args[@]}" > "$1.log" 2>&1 &
  azurite_pid=$!; pids+=("$azurite_pid")
  wait_http "http://$HOST:$BLOB_PORT/devstoreaccount1?comp=list" 30 || fail "Azurite did not start"
}

# Our bot's command line (run from Bot/), with blob state on the private Azurite and the plans of folder $1: OUR_BOT.
our_bot_command() { # plans-folder
  OUR_BOT=(env ASPNETCORE_ENVIRONMENT=Development MicrosoftAppId= Storage__Kind=Blob Storage__Container=emulationbot
    "Storage__ConnectionString=$BLOB_CONNECTION" "Plans__Folder=$1" Logging__LogLevel__Default=Warning
    dotnet bin/Release/net10.0/EmulationBot.dll --urls "http://$HOST:$BOT_PORT")
}

start_our_bot() { # plans-folder log
  our_bot_command "$1"
  (cd "$ROOT/Bot" && exec "${OUR_BOT[@]}") > "$2" 2>&1 &
  bot_pid=$!; pids+=("$bot_pid")
  wait_http "http://$HOST:$BOT_PORT/health" 60 || { cat "$2" >&2; fail "our bot did not start"; }
}
