# Debian's chromium and a Chinese font for the browser tests (playwright-core downloads
# no browser). Without the font, Chinese renders as empty boxes in screenshots.
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

ensure_browser() {
  local missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  # A removed package keeps its config ('rc'): only "install ok installed" counts.
  dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
  export CHROMIUM
}
