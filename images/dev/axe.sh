#!/usr/bin/env bash
# Installs axe-core, pinned in hub/browsertest/axe/package-lock.json, for the
# accessibility checks the web tests run in Chromium. Needs only npm and the
# registry; safe to run again. `make deps` (and so `make test`) runs it.
set -euo pipefail
cd "$(dirname "$0")/../../hub/browsertest/axe"
[ -f node_modules/axe-core/axe.min.js ] && exit 0
command -v npm >/dev/null || { echo "axe.sh: npm is needed to install axe-core" >&2; exit 1; }
npm ci --no-audit --no-fund --silent
