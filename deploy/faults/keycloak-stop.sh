#!/usr/bin/env bash
# Fault run: Keycloak stopped while the hub serves, then started again.
#
# Usage: deploy/faults/keycloak-stop.sh            (after `mvn package -DskipTests`)
#
# Runs a Keycloak of its own (a copy of the distribution the build unpacked into .local/keycloak, dev mode, realm
# mdm imported, port FAULT_KC_PORT) and a WildFly of its own pointed at it (port offset FAULT_PORT_OFFSET, a fresh
# database on the local PostgreSQL), never the shared ones. Then:
#   1. with Keycloak up: a steward's token is issued and works (create + read an item);
#   2. Keycloak stopped (TERM, then waited for): the token issued before keeps working until it expires (the
#      server checks signatures with the realm's keys it already holds, it does not call Keycloak per request);
#      a write with it is stored; a new sign-in fails at Keycloak (connection refused), and the hub answers a
#      request without a token, with a forged one, and with a token of an unknown signing key with a quick 401
#      problem+json — never a 5xx, never a hang;
#   3. Keycloak started again (same data, same keys): a new token is issued and works; the old one still does.
# Exit 0 when every check holds. Environment: FAULT_KC_PORT (8183), FAULT_PORT_OFFSET (1600).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
KC_PORT="${FAULT_KC_PORT:-8183}"
OFFSET="${FAULT_PORT_OFFSET:-1600}"
WORK="$ROOT/mdm-server/target/faults"
KC_HOME="$WORK/kc-stop-keycloak"
BASE="$WORK/kc-stop-base"
KC_URL="http://localhost:$KC_PORT"
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
MGMT="http://127.0.0.1:$((9990 + OFFSET))"
DB=mdm_fault_kc
SERVER_PID=""
KC_PID=""

log() { echo "keycloak-stop: $*"; }
stop_group() { [[ -n "$1" ]] && kill -TERM -- "-$1" 2>/dev/null || true; }
cleanup() {
  stop_group "$SERVER_PID"
  stop_group "$KC_PID"
}
trap cleanup EXIT

[[ -x mdm-server/target/server/bin/standalone.sh && -f mdm-server/target/mdm-server.war ]] \
  || { echo "build first: mvn package -DskipTests" >&2; exit 2; }
DIST=$(find .local/keycloak -mindepth 1 -maxdepth 1 -type d -name 'keycloak-*' | sort -V | tail -n 1)
[[ -n "$DIST" && -x "$DIST/bin/kc.sh" ]] || { echo "no Keycloak under .local/keycloak: mvn package first" >&2; exit 2; }

start_keycloak() { # keeps data/ between starts: the realm and its signing keys survive a restart
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-host=127.0.0.1 --import-realm \
      --hostname-strict=false --hostname="$KC_URL" --hostname-backchannel-dynamic=true \
      </dev/null >>"$WORK/kc-stop-keycloak.log" 2>&1 &
  KC_PID=$!
  for _ in $(seq 300); do
    curl -sf -o /dev/null "$KC_URL/realms/mdm/.well-known/openid-configuration" && return 0
    sleep 1
  done
  log "Keycloak did not start"; exit 1
}
stop_keycloak() {
  stop_group "$KC_PID"
  for _ in $(seq 60); do kill -0 "$KC_PID" 2>/dev/null || break; sleep 1; done
  KC_PID=""
}
token() { # $1 user; prints the access token, or nothing when Keycloak refuses or is away
  curl -s -m 10 -d grant_type=password -d client_id=mdm-cli -d "username=$1" -d "password=$1" \
    "$KC_URL/realms/mdm/protocol/openid-connect/token" | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p'
}
call() { # $1 method, $2 path, $3 token or "", [$4 body]; prints "status content-type seconds"
  local auth=() body=()
  [[ -n "$3" ]] && auth=(-H "Authorization: Bearer $3")
  [[ $# -ge 4 ]] && body=(-H 'Content-Type: application/json' -d "$4")
  curl -s -m 30 -o /dev/null -w '%{http_code} %{content_type} %{time_total}' -X "$1" "${auth[@]}" "${body[@]}" "$HTTP$2" \
    || echo "000 - -"
}
create_item() { # $1 token, $2 item number
  call POST /api/v1/items "$1" \
    "{\"itemNumber\":\"$2\",\"revision\":\"A\",\"name\":\"keycloak fault\",\"type\":\"component\",\"baseUnit\":\"C62\"}"
}

FAIL=0
check() { if eval "$2"; then log "ok   $1"; else log "FAIL $1"; FAIL=1; fi; }
status_of() { echo "${1%% *}"; }
is_quick_401() { # "401 application/problem+json 0.012"
  local s t d; read -r s t d <<<"$1"
  [[ "$s" == "401" && "$t" == application/problem+json* ]] && awk -v d="$d" 'BEGIN { exit !(d < 5) }'
}

log "private Keycloak on $KC_URL"
rm -rf "$KC_HOME" "$BASE" "$WORK/kc-stop-keycloak.log" && mkdir -p "$WORK"
cp -r "$DIST" "$KC_HOME" && rm -rf "$KC_HOME/data/h2" && mkdir -p "$KC_HOME/data/import"
cp deploy/keycloak/mdm-realm.json "$KC_HOME/data/import/"
start_keycloak
deploy/postgres/ensure-db.sh --fresh "$DB" >/dev/null

log "WildFly on $HTTP"
cp -r mdm-server/target/server/standalone "$BASE" && cp mdm-server/target/mdm-server.war "$BASE/deployments/"
JAVA_OPTS="-Xms64m -Xmx768m -Djava.net.preferIPv4Stack=true" setsid mdm-server/target/server/bin/standalone.sh \
  -Djboss.server.base.dir="$BASE" -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
  -Djboss.socket.binding.port-offset="$OFFSET" -Dmdm.db.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  -Dmdm.dispatch.enabled=false -Dmdm.oidc.provider-url="$KC_URL/realms/mdm" > "$WORK/kc-stop-server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 240); do curl -sf "$MGMT/health/ready" >/dev/null 2>&1 && curl -sf "$HTTP/openapi" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$MGMT/health/ready" >/dev/null || { log "server did not get ready"; exit 1; }

RUN=$(date +%s)
log "1. Keycloak up"
OLD=$(token steward)
check "a steward signs in" "[[ -n '$OLD' ]]"
R=$(create_item "$OLD" "KCF-$RUN-1"); check "a create with the token is stored ($R)" "[[ $(status_of "$R") == 201 ]]"
R=$(call GET "/api/v1/items?size=5" "$OLD"); check "a read with it answers ($R)" "[[ $(status_of "$R") == 200 ]]"

log "2. Keycloak stopped"
stop_keycloak
check "Keycloak is away (its port refuses)" "! curl -s -m 5 -o /dev/null '$KC_URL/realms/mdm'"
R=$(call GET "/api/v1/items?size=5" "$OLD"); check "the token issued before still reads ($R)" "[[ $(status_of "$R") == 200 ]]"
R=$(create_item "$OLD" "KCF-$RUN-2"); check "and still writes ($R)" "[[ $(status_of "$R") == 201 ]]"
check "a new sign-in fails at Keycloak" "[[ -z \"\$(token viewer)\" ]]"
R=$(call GET /api/v1/items ""); check "no token: a quick 401 problem+json ($R)" "is_quick_401 '$R'"
FORGED="${OLD%.*}.$(printf 'forged-signature' | base64 | tr -d '=' | tr '/+' '_-')"
R=$(call GET /api/v1/items "$FORGED"); check "a forged token: a quick 401 problem+json ($R)" "is_quick_401 '$R'"
# a token whose header names a key the server has never seen: the adapter would have to ask Keycloak for new keys
HEADER=$(printf '{"alg":"RS256","typ":"JWT","kid":"rotated-key-%s"}' "$RUN" | base64 -w0 | tr -d '=' | tr '/+' '_-')
UNKNOWN_KID="$HEADER.$(echo "$OLD" | cut -d. -f2-)"
R=$(call GET /api/v1/items "$UNKNOWN_KID"); check "a token of an unknown key: a quick 401 problem+json ($R)" "is_quick_401 '$R'"
check "no 5xx in the server log's access to the API meanwhile (no incident logged)" \
  "! grep -q 'Incident ' '$WORK/kc-stop-server.log'"

log "3. Keycloak started again"
T0=$(date +%s)
start_keycloak
log "Keycloak back after $(( $(date +%s) - T0 )) s"
NEW=$(token viewer)
check "a new sign-in works again" "[[ -n '$NEW' ]]"
R=$(call GET "/api/v1/items?size=5" "$NEW"); check "with the new token the API answers ($R)" "[[ $(status_of "$R") == 200 ]]"
R=$(call GET "/api/v1/items?size=5" "$OLD"); check "the old token still works (same realm keys) ($R)" "[[ $(status_of "$R") == 200 ]]"
STORED=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from item where item_number like 'KCF-$RUN-%'")
check "both creates stored once each ($STORED rows)" "[[ $STORED -eq 2 ]]"
check "reports ready" "curl -sf '$MGMT/health/ready' >/dev/null"
exit $FAIL
