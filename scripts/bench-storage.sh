#!/usr/bin/env bash
# Reads and writes per second of the Blob state store against a real Azurite, at concurrency 1 and 16.
# Starts Azurite on 127.0.0.1 (a free port, a temporary folder), runs the benchmark, prints the figures, stops Azurite.
# Usage: scripts/bench-storage.sh [seconds per run, default 8]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-8}"
node_tools="$root/Tests/node"

if [ ! -f "$node_tools/node_modules/.package-lock.json" ]; then
  (cd "$node_tools" && npm ci --no-audit --no-fund --loglevel=error)
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
folder="$(mktemp -d -t azurite-bench-XXXXXX)"
node "$node_tools/node_modules/azurite/dist/src/blob/main.js" --blobHost 127.0.0.1 --blobPort "$port" \
  --location "$folder" --silent --skipApiVersionCheck --disableTelemetry >"$folder.log" 2>&1 &
azurite=$!
cleanup() {
  kill "$azurite" 2>/dev/null || true
  wait "$azurite" 2>/dev/null || true
  rm -rf "$folder" "$folder.log"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
  grep -q "successfully listens" "$folder.log" 2>/dev/null && break
  kill -0 "$azurite" 2>/dev/null || { cat "$folder.log"; exit 1; }
  sleep 0.2
done
grep -q "successfully listens" "$folder.log" || { echo "Azurite did not start"; cat "$folder.log"; exit 1; }
echo "Azurite $(node -p "require('$node_tools/node_modules/azurite/package.json').version") on 127.0.0.1:$port"

key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
dotnet run -c Release --project "$root/Tests/EmulationBot.Benchmarks" -- storage --connection "$connection" --seconds "$seconds"
