# The two Vue apps: type-check (vue-tsc), build (vite, which prints each chunk's size), and
# hold the first-visit JavaScript of each app to its budget.
WEB_APPS=(storefront tenant-admin)

check_web_types() {
  echo "» checking $1 (vue-tsc)"
  (cd "$ROOT/$1" && pnpm exec vue-tsc --noEmit -p tsconfig.json) || { echo "vue-tsc failed in $1"; return 1; }
}

check_e2e_types() {
  echo "» checking the browser journeys (tsc -p e2e)"
  (cd "$ROOT" && pnpm exec tsc -p e2e/tsconfig.json) || { echo "TypeScript check of e2e/ failed"; return 1; }
}

build_app() {
  echo "» building $1 (vite)"
  (cd "$ROOT/$1" && pnpm exec vite build --emptyOutDir) || { echo "vite build failed in $1"; return 1; }
  node "$ROOT/web-kit/tools/bundle-size.ts" "$ROOT/$1/dist"
}

# The checks and builds of the web side, longest first, for two_at_a_time (steps.sh).
WEB_STEPS=("check_e2e_types" "check_web_types storefront" "check_web_types tenant-admin" "check_web_types web-kit")
for app in "${WEB_APPS[@]}"; do WEB_STEPS+=("build_app $app"); done

build_web() {
  two_at_a_time "${WEB_STEPS[@]}"
}
