#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3) outside the project's dependencies,
# into .cache/code-server, working around what fails on a machine without internet
# (see docs/testing.md): ripgrep's download, node-gyp's header download, root installs.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dest="$root/.cache/code-server"
version=4.100.3
if [ -x "$dest/node_modules/.bin/code-server" ] && [ "$(cat "$dest/.version" 2>/dev/null)" = "$version" ]; then
  exit 0
fi
mkdir -p "$dest"
tmp="$dest/tmp"
mkdir -p "$tmp"
# @vscode/ripgrep looks for a cached archive before downloading: give it Debian's rg.
cache="$tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache/bin"
cp "$(command -v rg)" "$cache/bin/rg"
tar -C "$cache/bin" -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
cd "$dest"
[ -f package.json ] || echo '{"name":"bientap-e2e-code-server","private":true}' > package.json
TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
  npm install --no-audit --no-fund --foreground-scripts "code-server@$version" > "$dest/install.log" 2>&1 || {
    tail -40 "$dest/install.log" >&2
    exit 1
  }
echo "$version" > "$dest/.version"
