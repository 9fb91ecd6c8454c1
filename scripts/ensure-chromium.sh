#!/usr/bin/env bash
# Makes sure a Chromium is available for the end-to-end tests and `npm start`.
# Order: $CHROME_PATH, chromium, chromium-browser, google-chrome. On Debian/Ubuntu
# as root it installs Debian's `chromium` package; otherwise it explains what to do.
# It never downloads a browser build of its own.
set -euo pipefail

if [[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]]; then
  echo "Chromium: ${CHROME_PATH}"
  exit 0
fi
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
  if path="$(command -v "$candidate" 2>/dev/null)"; then
    echo "Chromium: ${path}"
    exit 0
  fi
done

if [[ -f /etc/debian_version && "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
  echo "Geen Chromium gevonden; Debian-pakket 'chromium' wordt geïnstalleerd (No Chromium found; installing Debian's package)."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  echo "Chromium: $(command -v chromium)"
  exit 0
fi

cat >&2 <<'MSG'
Geen Chromium gevonden. Installeer Chromium of Google Chrome, of zet CHROME_PATH
naar het programma (bijvoorbeeld: sudo apt-get install chromium).
No Chromium found. Install Chromium or Google Chrome, or set CHROME_PATH to its binary
(for example: sudo apt-get install chromium).
MSG
exit 1
