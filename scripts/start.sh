#!/usr/bin/env bash
# `npm start` (after `npm run build`): opens seeds/ in VS Code with the extension.
# With desktop VS Code (`code` on PATH) it opens an Extension Development Host window. Otherwise it
# installs code-server (VS Code in the browser, see scripts/install-code-server.sh), installs the
# extension there from a freshly packaged .vsix, serves the seeds on http://127.0.0.1:$PORT
# (default 8080) and prints the address to open. Ctrl+C stops it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if command -v code >/dev/null 2>&1 && [ -z "${ENTITY_MARKUP_USE_CODE_SERVER:-}" ]; then
  exec code --extensionDevelopmentPath="$root" "$root/seeds"
fi

bash "$root/scripts/install-code-server.sh"
port="${PORT:-8080}"
profile="$root/.vscode-test/start-profile"
mkdir -p "$profile/user-data/User" "$profile/extensions"
settings="$profile/user-data/User/settings.json"
[ -f "$settings" ] || cat > "$settings" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "telemetry.telemetryLevel": "off"
}
JSON

# Installed from a .vsix like a user's copy: a workbench opened with extensionDevelopmentPath in the
# browser runs without the built-in themes and icons.
vsix="$root/.vscode-test/entity-markup.vsix"
(cd "$root" && node node_modules/@vscode/vsce/vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links \
  --no-update-package-json --out "$vsix" >/dev/null)
"$root/.vscode-test/code-server/node_modules/.bin/code-server" --user-data-dir "$profile/user-data" \
  --extensions-dir "$profile/extensions" --install-extension "$vsix" --force >/dev/null
url="http://127.0.0.1:$port/?folder=$root/seeds"
echo
echo "Entity Markup: open this address in a browser (code-server starts now, Ctrl+C stops it):"
echo "  $url"
echo
exec "$root/.vscode-test/code-server/node_modules/.bin/code-server" \
  --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check \
  --user-data-dir "$profile/user-data" --extensions-dir "$profile/extensions" "$root/seeds"
