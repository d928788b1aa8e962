#!/usr/bin/env bash
# System packages for the end-to-end tests: Debian's Chromium (driven by playwright-core),
# Neovim 0.7 (a second LSP client), ripgrep and libkrb5-dev (code-server builds native modules).
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v nvim >/dev/null || need+=(neovim)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-noto-core >/dev/null
fi
