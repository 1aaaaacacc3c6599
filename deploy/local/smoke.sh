#!/usr/bin/env bash
# Smoke test of the running local stack (deploy/local/up.sh): token for steward, create an item, read it back.
#
# Usage: deploy/local/smoke.sh
# Environment: MDM_HTTP_PORT (default 8080), KEYCLOAK_PORT (default 8180).
# Exit status 0 when every check passes, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BASE="http://127.0.0.1:${MDM_HTTP_PORT:-8080}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [[ $# -gt 0 ]]; then
  sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

failures=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
finish() {
  if (( failures > 0 )); then
    echo "smoke: $failures check(s) FAILED"
    exit 1
  fi
  echo "smoke: all checks passed"
  exit 0
}

# 1. Token (password grant on client mdm-cli).
if token=$("$ROOT/deploy/keycloak/keycloak.sh" token steward 2>"$WORK/token.err") && [[ -n "$token" ]]; then
  pass "token for steward (password grant, client mdm-cli)"
else
  fail "token for steward: $(cat "$WORK/token.err")"
  finish
fi

# 2. Create an item.
item_number="SMOKE-$(date +%s)"
body=$(printf '{"itemNumber":"%s","revision":"A","name":"Smoke test bolt","type":"component","baseUnit":"C62"}' "$item_number")
code=$(curl -s -o "$WORK/post.body" -D "$WORK/post.headers" -w '%{http_code}' --max-time 30 \
  -X POST "$BASE/api/v1/items" \
  -H "Authorization: Bearer $token" \
  -H "Content-Type: application/json" \
  -H "Accept: application/json" \
  --data "$body") || code="000"
location=$(tr -d '\r' <"$WORK/post.headers" 2>/dev/null | sed -n 's/^[Ll]ocation:[[:space:]]*//p' | tail -n 1)
if [[ "$code" == "201" ]]; then
  pass "POST /api/v1/items ($item_number) -> 201"
else
  fail "POST /api/v1/items ($item_number) -> HTTP $code, expected 201: $(head -c 500 "$WORK/post.body" 2>/dev/null)"
  finish
fi
if [[ -n "$location" ]]; then
  pass "Location: $location"
else
  fail "201 response has no Location header"
  finish
fi
case "$location" in
  http://*|https://*) get_url="$location" ;;
  /*) get_url="$BASE$location" ;;
  *) get_url="$BASE/api/v1/items/$location" ;;
esac

# 3. Read it back.
code=$(curl -s -o "$WORK/get.body" -w '%{http_code}' --max-time 30 \
  -H "Authorization: Bearer $token" -H "Accept: application/json" "$get_url") || code="000"
if [[ "$code" == "200" ]]; then
  pass "GET $get_url -> 200"
else
  fail "GET $get_url -> HTTP $code, expected 200: $(head -c 500 "$WORK/get.body" 2>/dev/null)"
  finish
fi
if grep -Eq "\"itemNumber\"[[:space:]]*:[[:space:]]*\"$item_number\"" "$WORK/get.body"; then
  pass "response body has itemNumber $item_number"
else
  fail "response body lacks itemNumber $item_number: $(head -c 500 "$WORK/get.body")"
fi

finish
