#!/usr/bin/env bash
# Fault run: PostgreSQL restarted under a mixed read/write load.
#
# Usage: deploy/faults/postgres-restart.sh            (after `mvn -f mdm-server/pom.xml package -DskipTests`)
#
# Runs a PostgreSQL cluster of its own (initdb in FAULT_PG_DATA, port FAULT_PG_PORT), never the
# shared one, and a WildFly of its own on it (port offset FAULT_PORT_OFFSET), with tokens from the Keycloak at
# KEYCLOAK_URL. Two clients send reads (GET /api/v1/items) and creates (POST /api/v1/items) for LOAD_SECONDS; after
# RESTART_AFTER seconds the cluster is restarted (pg_ctl restart -m fast). Then it checks, in the database:
#   - every create answered 201 is stored exactly once (one row, one audit row);
#   - no create refused with "nothing changed" (any answer but 201 and 503 outcome-unknown) is stored;
#   - a create answered 503 outcome-unknown (the connection broke in its commit), resent as a client would, ends
#     stored exactly once (the resend answers 201, or 409 when the first one had been saved);
#   - the server answers again after the restart (time to the first 201 after it) and reports ready.
# Exit 0 when every check holds. Environment: FAULT_PG_PORT (5441), FAULT_PORT_OFFSET (1500), LOAD_SECONDS (40),
# RESTART_AFTER (12), KEYCLOAK_URL (http://localhost:8180).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PGBIN=/usr/lib/postgresql/15/bin
PG_PORT="${FAULT_PG_PORT:-5441}"
OFFSET="${FAULT_PORT_OFFSET:-1500}"
LOAD_SECONDS="${LOAD_SECONDS:-40}"
RESTART_AFTER="${RESTART_AFTER:-12}"
KC="${KEYCLOAK_URL:-http://localhost:8180}"
WORK="$ROOT/mdm-server/target/faults"
PGDATA="${FAULT_PG_DATA:-/tmp/mdm-fault-pg}"  # outside the work tree: the postgres user must reach it
BASE="$WORK/pg-restart-base"
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
MGMT="http://127.0.0.1:$((9990 + OFFSET))"
DB=mdm_fault_pg
SERVER_PID=""

log() { echo "postgres-restart: $*"; }
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_fault() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" -Atc "$1"; }
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill -- "-$SERVER_PID" 2>/dev/null || true  # its process group: the script and its JVM
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

[[ -x mdm-server/target/server/bin/standalone.sh && -f mdm-server/target/mdm-server.war ]] \
  || { echo "build first: mvn -f mdm-server/pom.xml package -DskipTests" >&2; exit 2; }

log "private PostgreSQL on port $PG_PORT"
rm -rf "$PGDATA" "$BASE" && mkdir -p "$WORK" "$PGDATA"
[[ $(id -u) -eq 0 ]] && chown postgres "$PGDATA"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" -l "$PGDATA.log" -w start >/dev/null
MDM_DB_PORT=$PG_PORT deploy/postgres/ensure-db.sh --fresh "$DB" >/dev/null

log "WildFly on $HTTP"
cp -r mdm-server/target/server/standalone "$BASE" && cp mdm-server/target/mdm-server.war "$BASE/deployments/"
JAVA_OPTS="-Xms64m -Xmx768m -Djava.net.preferIPv4Stack=true" setsid mdm-server/target/server/bin/standalone.sh \
  -Djboss.server.base.dir="$BASE" -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
  -Djboss.socket.binding.port-offset="$OFFSET" -Dmdm.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
  -Dmdm.oidc.provider-url="$KC/realms/mdm" > "$WORK/pg-restart-server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 240); do curl -sf "$MGMT/health/ready" >/dev/null 2>&1 && curl -sf "$HTTP/openapi" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$MGMT/health/ready" >/dev/null || { log "server did not get ready"; exit 1; }

TOKEN=$(curl -sf -d grant_type=password -d client_id=mdm-cli -d username=steward -d password=steward \
  "$KC/realms/mdm/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
RUN=$(date +%s)

item_json() { echo "{\"itemNumber\":\"$1\",\"revision\":\"A\",\"name\":\"restart\",\"type\":\"component\",\"baseUnit\":\"C62\"}"; }

client() { # $1 = client number; writes "epoch_ms kind number status [problem type]" lines
  local i=0 end=$(( $(date +%s) + LOAD_SECONDS ))
  while (( $(date +%s) < end )); do
    i=$((i + 1))
    if (( i % 5 == 0 )); then
      local n="PGR-$RUN-$1-$i"
      local s body="$WORK/pg-restart-body-$1"; s=$(curl -s -m 30 -o "$body" -w '%{http_code}' -X POST "$HTTP/api/v1/items" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "$(item_json "$n")" || true)
      # a 503 says which: nothing changed (service-unavailable) or the commit's outcome unknown (outcome-unknown)
      local type; type=$(sed -nE 's#.*"type" *: *"https://mdmhub.org/problems/([a-z-]+)".*#\1#p' "$body" 2>/dev/null || true)
      echo "$(date +%s%3N) create $n ${s:-000} ${type:--}"
    else
      local s; s=$(curl -s -m 30 -o /dev/null -w '%{http_code}' "$HTTP/api/v1/items?size=20" -H "Authorization: Bearer $TOKEN" || true)
      echo "$(date +%s%3N) read - ${s:-000}"
    fi
  done
}
log "load for ${LOAD_SECONDS}s, restart after ${RESTART_AFTER}s"
client 1 > "$WORK/pg-restart-c1.txt" & C1=$!
client 2 > "$WORK/pg-restart-c2.txt" & C2=$!
sleep "$RESTART_AFTER"
T0=$(date +%s%3N)
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w restart -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" -l "$PGDATA.log" >/dev/null
T1=$(date +%s%3N)
log "PostgreSQL restarted in $((T1 - T0)) ms"
wait $C1 $C2
cat "$WORK"/pg-restart-c?.txt | sort > "$WORK/pg-restart-calls.txt"

FAIL=0
check() { if eval "$2"; then log "ok   $1"; else log "FAIL $1"; FAIL=1; fi; }
echo "status counts (kind status count):"; awk '{print $2, $4}' "$WORK/pg-restart-calls.txt" | sort | uniq -c | awk '{print "  " $2, $3, $1}'
ACKED=$(awk '$2=="create" && $4=="201" {print $3}' "$WORK/pg-restart-calls.txt")
REFUSED=$(awk '$2=="create" && $4!="201" && $5!="outcome-unknown" {print $3}' "$WORK/pg-restart-calls.txt")
IN_DOUBT=$(awk '$2=="create" && $5=="outcome-unknown" {print $3}' "$WORK/pg-restart-calls.txt")
IN=$(printf "'%s'," $ACKED x | sed 's/,$//')
NOT_IN=$(printf "'%s'," $REFUSED x | sed 's/,$//')
STORED=$(psql_fault "select count(*) from item where item_number in ($IN)")
STORED_AUD=$(psql_fault "select count(*) from item_aud where item_number in ($IN)")
STRAY=$(psql_fault "select count(*) from item where item_number in ($NOT_IN)")
NACKED=$(echo "$ACKED" | grep -c . || true)
FIRST_OK=$(awk -v t="$T1" '$1 > t && $4 ~ /^2/ {print $1; exit}' "$WORK/pg-restart-calls.txt")
check "every 201 create stored once: $NACKED answered 201, $STORED rows, $STORED_AUD audit rows" \
  "[[ $STORED -eq $NACKED && $STORED_AUD -eq $NACKED ]]"
check "no create refused with 'nothing changed' is stored: $(echo "$REFUSED" | grep -c . || true) refused, $STRAY stored" "[[ $STRAY -eq 0 ]]"
# a create whose commit outcome was unknown: the client resends it, as docs/errors.md says; it ends stored exactly once
RESENT_OK=0; RESENT=0
for n in $IN_DOUBT; do
  RESENT=$((RESENT + 1))
  s=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -X POST "$HTTP/api/v1/items" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$(item_json "$n")" || true)
  rows=$(psql_fault "select count(*) from item where item_number = '$n'")
  log "  outcome-unknown create $n: resent -> $s, $rows row(s)"
  [[ ( $s == 201 || $s == 409 ) && $rows -eq 1 ]] && RESENT_OK=$((RESENT_OK + 1))
done
check "every create whose outcome was unknown, resent, is stored exactly once: $RESENT_OK of $RESENT" "[[ $RESENT_OK -eq $RESENT ]]"
check "no 5xx other than 503 (server errors leak no internals)" \
  "! awk '\$4 ~ /^5/ && \$4 != \"503\"' '$WORK/pg-restart-calls.txt' | grep -q ."
check "answers again after the restart (first 2xx $(( ${FIRST_OK:-0} - T1 )) ms after it)" "[[ -n '$FIRST_OK' ]]"
check "reports ready" "curl -sf '$MGMT/health/ready' >/dev/null"
exit $FAIL
