#!/usr/bin/env bash
# Runs the Api test suite with what its end-to-end tests need:
#   - the e2e Node packages (graphql-http audit, playwright-core) from tests/e2e/package-lock.json;
#   - Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH) for the Banana Cake Pop test.
# The Banana Cake Pop assets themselves are installed by the Api build (npm ci in src/KnowledgeGraph.Api/ClientApp).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d tests/e2e/node_modules/graphql-http ] || [ ! -d tests/e2e/node_modules/playwright-core ]; then
  npm ci --prefix tests/e2e --no-audit --no-fund
fi

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
    apt-get update -qq && apt-get install -y -qq chromium > /dev/null
  else
    echo "Chromium is missing: install Debian's chromium package or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

dotnet test tests/KnowledgeGraph.Api.Tests "$@"
