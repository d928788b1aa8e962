#!/usr/bin/env bash
# `npm run test:e2e`: packs the .vsix, makes sure code-server is installed (outside the project's
# dependencies, in .cache/), then runs the end-to-end tests in real editors.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in chromium nvim rg; do
  command -v "$tool" >/dev/null || { echo "test:e2e needs $tool: run scripts/e2e/install-deps.sh (as root) first" >&2; exit 2; }
done
npm run package
bash scripts/e2e/install-code-server.sh
npx vitest run --config vitest.e2e.config.mts "$@"
