#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need (redis-server and chromium from Debian,
# the npm packages of tests/e2e and tests/cypher-check from their lock files), then runs every xunit project. Tests
# start and stop their own redis-server on a free loopback port, so nothing is left running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The e2e scripts, and Neo4j's Cypher front-end for the Cypher check (KnowledgeGraph.Storage.Neo4j.Tests).
for folder in tests/e2e tests/cypher-check; do
  if [ -f "$folder/package-lock.json" ]; then
    npm ci --prefix "$folder" --no-audit --no-fund --loglevel=error
  fi
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test KnowledgeGraph.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

# A failed test's name and message scroll far up in a long run; repeat them at the end, where a truncated log keeps them.
awk '/^  Failed / { show = 1; lines = 0; print "----"; }
     /^  (Passed|Skipped) / || /^\[xUnit/ || /^Test Run/ { show = 0 }
     show && lines < 40 { print; lines++ }' "$log"

# One closing line for the whole run, summed over the per-project summaries ("Total tests: N", "Passed: N"…).
awk '$1 == "Passed:" { p += $2 } $1 == "Failed:" { f += $2 } $1 == "Skipped:" { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
