#!/usr/bin/env bash
# Installs the tools of the compatibility matrix (tests/compat/package.json: bundlers, test
# runners, Next.js, wrangler, TypeScript 5.9 and 7, Node 24) once into build/compat/, from the npm
# registry, and again only when tests/compat/package-lock.json changes. The projects the matrix
# builds live below build/compat/, so they find these tools as a user's project finds its own.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=build/compat
stamp="$dir/installed.lock"  # the lockfile of the last complete install
cmp -s tests/compat/package-lock.json "$stamp" && exit 0
echo "setup: the compatibility matrix's tools (npm ci into $dir)"
mkdir -p "$dir"
rm -f "$stamp"
cp tests/compat/package.json tests/compat/package-lock.json "$dir/"
start=$(date +%s)
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
seconds=$(( $(date +%s) - start ))
echo "$seconds" > "$dir/install-seconds"
cp tests/compat/package-lock.json "$stamp"
echo "setup: compatibility tools installed in ${seconds} s"
