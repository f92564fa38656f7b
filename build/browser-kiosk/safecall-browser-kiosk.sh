#!/bin/sh
# SafeCall Kiosk's browser shell in a lobby: Chromium locked down on the kiosk's loopback address.
# Start the browser shell first (npm run start:web, or its own service), then run this inside cage,
# which shows one full-screen application and no desktop:
#   cage -- /opt/safecall-kiosk/build/browser-kiosk/safecall-browser-kiosk.sh
# Setup and reasons: README.md beside this file. Never add --no-sandbox.
set -eu

PORT="${PORT:-5174}"
URL="http://127.0.0.1:${PORT}/"
POLICY_FILE="safecall-kiosk.json"
POLICY_DIRS="/etc/chromium/policies/managed /etc/opt/chrome/policies/managed /etc/chromium-browser/policies/managed"

fail() {
  echo "SafeCall browser kiosk: $1" >&2
  exit 1
}

browser=""
for candidate in ${CHROMIUM:-} chromium chromium-browser google-chrome-stable google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser="$(command -v "$candidate")"
    break
  fi
done
[ -n "$browser" ] || fail "no Chromium or Chrome found. Install chromium, or set CHROMIUM to the browser's path."

# The managed policy is what takes DevTools, downloads, file choosers, Save as PDF and every other
# address away; the flags below only set the stage and a visitor could undo some of them. Without
# the policy the lobby would get an open browser, so the kiosk does not start.
policy=""
for dir in $POLICY_DIRS; do
  if [ -f "$dir/$POLICY_FILE" ]; then
    policy="$dir/$POLICY_FILE"
    break
  fi
done
[ -n "$policy" ] || fail "the lockdown policy is not installed. Copy chromium-policy.json to /etc/chromium/policies/managed/$POLICY_FILE (or /etc/opt/chrome/policies/managed/ for Google Chrome)."
grep -q "\"http://127.0.0.1:${PORT}\"" "$policy" || fail "$policy does not allow http://127.0.0.1:${PORT}: set URLAllowlist to this port (PORT=${PORT})."

# In kiosk mode there is no reload button: wait (up to a minute) for the browser shell to answer.
if command -v curl >/dev/null 2>&1; then
  tries=0
  until curl -fsS -o /dev/null "$URL" 2>/dev/null; do
    tries=$((tries + 1))
    [ "$tries" -lt 60 ] || fail "nothing answers at $URL. Start the browser shell first."
    sleep 1
  done
fi

# A fresh, throwaway profile each start: nothing of one day's visitors (print settings, cache) is
# there the next. Forced incognito keeps history and storage out of it meanwhile.
profile="$(mktemp -d "${TMPDIR:-/tmp}/safecall-browser-kiosk.XXXXXX")"
trap 'rm -rf "$profile"' EXIT INT TERM

# --kiosk-printing: window.print() sends the sheet straight to the default printer, with no preview
# and no dialog, so nothing can sit on screen blocking the page (and its idle reset) for the next
# visitor. --disable-pinch and no overscroll navigation: a touch screen cannot zoom or swipe "back".
status=0
"$browser" \
  --kiosk \
  --kiosk-printing \
  --incognito \
  --disable-dev-tools \
  --no-first-run \
  --no-default-browser-check \
  --noerrdialogs \
  --disable-session-crashed-bubble \
  --disable-translate \
  --disable-pinch \
  --overscroll-history-navigation=0 \
  --password-store=basic \
  --ozone-platform-hint=auto \
  --user-data-dir="$profile" \
  "$URL" || status=$?
exit "$status"
