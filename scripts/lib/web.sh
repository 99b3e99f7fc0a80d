# The two Vue apps: type-check (vue-tsc), build (vite, which prints each chunk's size), and
# hold the first-visit JavaScript of each app to its budget.
WEB_APPS=(storefront tenant-admin)

build_web() {
  echo "» checking the web apps (vue-tsc)"
  local pkg app
  for pkg in web-kit "${WEB_APPS[@]}"; do
    (cd "$ROOT/$pkg" && pnpm exec vue-tsc --noEmit -p tsconfig.json) || { echo "vue-tsc failed in $pkg"; return 1; }
  done
  (cd "$ROOT" && pnpm exec tsc -p e2e/tsconfig.json) || { echo "TypeScript check of e2e/ failed"; return 1; }
  for app in "${WEB_APPS[@]}"; do
    echo "» building $app (vite)"
    (cd "$ROOT/$app" && pnpm exec vite build --emptyOutDir) || { echo "vite build failed in $app"; return 1; }
    node "$ROOT/web-kit/tools/bundle-size.ts" "$ROOT/$app/dist" || return 1
  done
}
