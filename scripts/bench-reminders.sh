#!/usr/bin/env bash
# The reminders load run: N people (default 10,000) each owed one reminder, sent by the real scheduler through the
# real connector client to an in-process mock of the Teams connector that enforces Teams' rate limits and injects
# 429 and 5xx answers. Runs one instance, then two instances with the leader killed halfway. Prints the figures.
# Usage: scripts/bench-reminders.sh [people] [normal|kill|both]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
people="${1:-10000}"
scenario="${2:-both}"
dotnet build -c Release -v q -nologo "$root/Tests/EmulationBot.Benchmarks" >/dev/null
dotnet "$root/Tests/EmulationBot.Benchmarks/bin/Release/net10.0/EmulationBot.Benchmarks.dll" reminders --people "$people" --scenario "$scenario"
