#!/usr/bin/env bash
# Installs axe-core (pinned in hub/portal/testdata/axe/package-lock.json)
# for the portal's accessibility test in Chromium. Needs only npm and the
# registry; safe to run again. The portal's browser test runs it itself
# when axe-core is missing.
set -euo pipefail
cd "$(dirname "$0")/../../hub/portal/testdata/axe"
[ -f node_modules/axe-core/axe.min.js ] && exit 0
npm ci --no-audit --no-fund --silent
