#!/usr/bin/env bash
# Verify the audit trail's hash chain: asks the hub to recompute every link and prints the result.
# Exits 0 when the chain is intact, 1 when a link is broken (the first broken revision is printed), 2 on error.
#
# Usage: deploy/audit/verify-chain.sh [BASE_URL]      (BASE_URL defaults to http://localhost:8080)
# Environment: MDM_TOKEN, a bearer token with role mdm-admin; without it the demo user admin's token is
# fetched from the local Keycloak (deploy/keycloak/keycloak.sh token admin), which only the dev realm has.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BASE="${1:-http://localhost:8080}"
TOKEN="${MDM_TOKEN:-$("$ROOT/deploy/keycloak/keycloak.sh" token admin)}"

body=$(curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/audit/chain/verify") \
  || { echo "verify-chain: the hub answered with an error: $body" >&2; exit 2; }
echo "$body"
if [[ "$body" == *'"intact":true'* ]]; then
  echo "verify-chain: intact"
else
  echo "verify-chain: BROKEN (see firstBrokenRevision and reason above)" >&2
  exit 1
fi
