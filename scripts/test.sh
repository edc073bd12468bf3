#!/usr/bin/env bash
# The README's test command: installs what the tests need, runs every test, prints "N passed, N failed".
# Works on a fresh machine of the project's kind (root, Debian, .NET SDK, Node): nothing else to do first.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm packages from the lockfile: lunr.js 2.3.9 (differential tests, copied into the site).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Debian's Chromium for the browser tests (never a browser download).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: run 'sudo apt-get install chromium'" >&2
    exit 1
  fi
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
dotnet test RareEarthArchive.sln --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line over every test project, from the TRX files the runs wrote (Node is here anyway for npm).
node -e '
const fs = require("fs"), path = require("path");
let passed = 0, failed = 0;
for (const f of fs.readdirSync(process.argv[1]).filter(f => f.endsWith(".trx"))) {
  const m = /<Counters [^>]*passed="(\d+)" failed="(\d+)"/.exec(fs.readFileSync(path.join(process.argv[1], f), "utf8"));
  if (m) { passed += +m[1]; failed += +m[2]; }
}
console.log(passed + " passed, " + failed + " failed");' "$results"
exit $status
