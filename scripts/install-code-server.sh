#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 on Node 20) and Debian's Chromium, offline from the
# npm registry and Debian, into .vscode-test/code-server. Idempotent: a finished install is kept.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.vscode-test/code-server"
version=4.100.3

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-code-server: need root to apt-get install ${need_apt[*]}" >&2
    exit 1
  fi
  echo "install-code-server: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -x "$dest/node_modules/.bin/code-server" ] && [ -f "$dest/.installed-$version" ]; then
  echo "install-code-server: code-server $version already in $dest"
  exit 0
fi

# @vscode/ripgrep downloads its binary from GitHub unless it finds this cached archive.
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$archive" ]; then
  mkdir -p "$cache"
  tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$tmp/rg"
  tar -czf "$archive" -C "$tmp" rg
  rm -rf "$tmp"
fi

mkdir -p "$dest"
cd "$dest"
[ -f package.json ] || echo '{ "name": "code-server-host", "private": true }' > package.json
echo "install-code-server: npm install code-server@$version (takes a few minutes)"
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error "code-server@$version" 2>&1 | grep -v 'Unknown user config' || true
test -x node_modules/.bin/code-server
touch ".installed-$version"
echo "install-code-server: done"
