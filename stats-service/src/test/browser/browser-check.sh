#!/usr/bin/env bash
# Checks the public dashboard of a RUNNING stats-service in a real headless Chromium at 390 px (a phone) and 1280 px (a desktop): no console
# errors, the charts drawn, no sideways scrolling, no text under 12 px as rendered (see dashboard-check.mjs).
#
#   stats-service/src/test/browser/browser-check.sh http://localhost:8083 '淮执·9号' [ORGANISER]
#   SCREENSHOTS=/tmp/shots stats-service/src/test/browser/browser-check.sh ...   # also full-page PNGs
#
# Needs Debian's Chromium and CJK fonts (apt-get install -y chromium fonts-noto-cjk; or CHROMIUM=/path/to/chrome)
# and Node 18+ with npm: playwright-core (package-lock.json) is installed here on first use. Exit 0 when the page
# passes, 1 on a regression, 2 when the check cannot run. The Maven build runs it only when asked:
#   ./mvnw -pl stats-service test -Dgroups=browser      (DashboardBrowserTest: a seeded campaign on a test instance)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ] || [ ! -x "$chromium" ]; then
  echo "browser-check: Chromium not found; apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM" >&2
  exit 2
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "browser-check: node and npm are needed (apt-get install -y nodejs npm)" >&2
  exit 2
fi
if ! fc-list 2>/dev/null | grep -qi "CJK"; then
  echo "browser-check: warning: no CJK font found (apt-get install -y fonts-noto-cjk); Chinese renders as boxes" >&2
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
if [ -n "${SCREENSHOTS:-}" ]; then mkdir -p "$SCREENSHOTS"; fi
CHROMIUM="$chromium" exec node "$here/dashboard-check.mjs" "$@"
