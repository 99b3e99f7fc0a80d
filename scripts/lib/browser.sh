# Debian's chromium and a Chinese font for the browser tests (playwright-core downloads
# no browser). Without the font, Chinese renders as empty boxes in screenshots.
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

ensure_browser() {
  local missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
  export CHROMIUM
}
