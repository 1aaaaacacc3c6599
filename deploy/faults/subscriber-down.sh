#!/usr/bin/env bash
# Fault run: a webhook subscriber down for ten minutes while releases are published, then back.
#
# Usage: deploy/faults/subscriber-down.sh            (after `mvn package -DskipTests`)
#
# Runs a WildFly of its own (port offset FAULT_PORT_OFFSET, a fresh database on the local PostgreSQL, tokens from the
# Keycloak at KEYCLOAK_URL) with a webhook subscription to a loopback port where nothing listens, retry policy
# maxAttempts 30, initialBackoff PT2S, maxBackoff PT1M (an operator's choice for a subscriber that may be away
# for a while: with the defaults — 10 attempts up to PT10M — a ten-minute outage is survived too, but the first
# delivery after the return can take up to ten more minutes). RELEASES items are released in one change request;
# for OUTAGE_SECONDS nothing listens; then a receiver (python3, loopback) starts and records what arrives. Checks:
#   - while the subscriber is down nothing is delivered or dead, every delivery is pending with attempts >= 2;
#   - after it is back, every release arrives (one distinct event per item, no item with two different events);
#   - the hub's delivery log: all delivered, none pending, in flight or dead.
# Exit 0 when every check holds. Environment: FAULT_PORT_OFFSET (1900), OUTAGE_SECONDS (600), RELEASES (50),
# RECEIVER_PORT (18999), KEYCLOAK_URL (http://localhost:8180).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET="${FAULT_PORT_OFFSET:-1900}"
OUTAGE="${OUTAGE_SECONDS:-600}"
RELEASES="${RELEASES:-50}"
RPORT="${RECEIVER_PORT:-18999}"
KC="${KEYCLOAK_URL:-http://localhost:8180}"
WORK="$ROOT/mdm-server/target/faults"
BASE="$WORK/sub-down-base"
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
MGMT="http://127.0.0.1:$((9990 + OFFSET))"
DB=mdm_fault_sub
RECEIVED="$WORK/sub-down-received.jsonl"
SERVER_PID=""
RECEIVER_PID=""

log() { echo "subscriber-down: $*"; }
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill -- "-$SERVER_PID" 2>/dev/null || true
  [[ -n "$RECEIVER_PID" ]] && kill "$RECEIVER_PID" 2>/dev/null || true
}
trap cleanup EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
token() { curl -sf -d grant_type=password -d client_id=mdm-cli -d "username=$1" -d "password=$1" \
  "$KC/realms/mdm/protocol/openid-connect/token" | json "d['access_token']"; }
api() { # $1 user, $2 method, $3 path, [$4 body]: prints the body; fails on a non-2xx answer
  local body=(); [[ $# -ge 4 ]] && body=(-H 'Content-Type: application/json' -d "$4")
  curl -sf -m 60 -X "$2" -H "Authorization: Bearer ${TOKENS[$1]}" "${body[@]}" "$HTTP$3"
}
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }

[[ -x mdm-server/target/server/bin/standalone.sh && -f mdm-server/target/mdm-server.war ]] \
  || { echo "build first: mvn package -DskipTests" >&2; exit 2; }
! curl -s -m 2 -o /dev/null "http://127.0.0.1:$RPORT/" || { echo "port $RPORT is taken" >&2; exit 2; }

deploy/postgres/ensure-db.sh --fresh "$DB" >/dev/null
rm -rf "$BASE" "$RECEIVED" && mkdir -p "$WORK"
cp -r mdm-server/target/server/standalone "$BASE" && cp mdm-server/target/mdm-server.war "$BASE/deployments/"
log "WildFly on $HTTP"
JAVA_OPTS="-Xms64m -Xmx768m -Djava.net.preferIPv4Stack=true" setsid mdm-server/target/server/bin/standalone.sh \
  -Djboss.server.base.dir="$BASE" -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
  -Djboss.socket.binding.port-offset="$OFFSET" -Dmdm.db.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  -Djboss.node.name=sub-down -Dmdm.oidc.provider-url="$KC/realms/mdm" > "$WORK/sub-down-server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 240); do curl -sf "$MGMT/health/ready" >/dev/null 2>&1 && curl -sf "$HTTP/openapi" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$MGMT/health/ready" >/dev/null || { log "server did not get ready"; exit 1; }

declare -A TOKENS
for u in admin steward viewer engineer quality buyer finance sales; do TOKENS[$u]=$(token "$u"); done
declare -A APPROVER=([mdm-approver-engineering]=engineer [mdm-approver-quality]=quality
  [mdm-approver-procurement]=buyer [mdm-approver-finance]=finance [mdm-approver-sales]=sales)

SUB=$(api admin POST /api/v1/subscriptions "{\"name\":\"sub-down\",\"targetType\":\"webhook\",\"domains\":[\"item\"],
  \"config\":{\"url\":\"http://127.0.0.1:$RPORT/hook\"},\"secret\":\"subscriber-down-signing-secret\",
  \"retry\":{\"maxAttempts\":30,\"initialBackoff\":\"PT2S\",\"maxBackoff\":\"PT1M\"}}" | json "d['id']")
RUN=$(date +%s)
IDS=()
for i in $(seq "$RELEASES"); do
  IDS+=("$(api steward POST /api/v1/items "{\"itemNumber\":\"SUB-$RUN-$i\",\"revision\":\"A\",\"name\":\"subscriber down $i\",\"type\":\"component\",\"baseUnit\":\"C62\"}" | json "d['id']")")
done
RECORDS=$(printf '{"type":"item","id":"%s"},' "${IDS[@]}"); RECORDS="[${RECORDS%,}]"
CR=$(api steward POST /api/v1/change-requests "{\"title\":\"subscriber down\",\"records\":$RECORDS}" | json "d['id']")
api steward POST "/api/v1/change-requests/$CR/submit" >/dev/null
for _ in 1 2 3 4 5; do
  TASKS=$(api viewer GET "/api/v1/change-requests/$CR" | json "' '.join(t['id'] + '=' + t['group'] for t in d['openTasks'])")
  [[ -z "$TASKS" ]] && break
  for t in $TASKS; do api "${APPROVER[${t#*=}]}" POST "/api/v1/tasks/${t%%=*}/approve" '{}' >/dev/null; done
done
STATUS=$(api viewer GET "/api/v1/change-requests/$CR" | json "d['status']")
log "$RELEASES items in change request $CR: $STATUS; subscriber away for ${OUTAGE}s"
T_DOWN=$(date +%s)

FAIL=0
check() { if eval "$2"; then log "ok   $1"; else log "FAIL $1"; FAIL=1; fi; }
deliveries() { sql "select status || ':' || count(*) from delivery where subscription_id = '$SUB' group by status order by 1" | tr '\n' ' '; }
while (( $(date +%s) - T_DOWN < OUTAGE )); do
  sleep 60
  log "  after $(( $(date +%s) - T_DOWN ))s away: $(deliveries); attempts $(sql "select min(attempts) || '..' || max(attempts) from delivery where subscription_id = '$SUB'")"
done
DOWN_STATE=$(deliveries)
MIN_ATTEMPTS=$(sql "select coalesce(min(attempts), 0) from delivery where subscription_id = '$SUB'")
check "the release reached the outbox: $STATUS" "[[ '$STATUS' == RELEASED ]]"
check "while it was away nothing was delivered or dead, all $RELEASES pending: $DOWN_STATE" "[[ '$DOWN_STATE' == 'PENDING:$RELEASES ' ]]"
check "every delivery was tried at least twice while it was away (fewest attempts: $MIN_ATTEMPTS)" "(( MIN_ATTEMPTS >= 2 ))"

log "subscriber back on port $RPORT"
python3 - "$RPORT" "$RECEIVED" <<'PY' &
import http.server, json, sys
port, out = int(sys.argv[1]), sys.argv[2]
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        with open(out, 'a') as f:
            f.write(body.decode() + '\n')
        self.send_response(204)
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(('127.0.0.1', port), Hook).serve_forever()
PY
RECEIVER_PID=$!
T_BACK=$(date +%s)
for _ in $(seq 180); do
  [[ "$(deliveries)" == "DELIVERED:$RELEASES " ]] && break
  sleep 1
done
ARRIVED_AFTER=$(( $(date +%s) - T_BACK ))
read -r EVENTS DISTINCT SUBJECTS TWO_IDS < <(python3 - "$RECEIVED" <<'PY'
import json, sys, collections
events = []
for line in open(sys.argv[1]):
    line = line.strip()
    if not line:
        continue
    doc = json.loads(line)
    events.extend(doc if isinstance(doc, list) else [doc])
ids = collections.defaultdict(set)
for e in events:
    ids[e['subject']].add(e['id'])
print(len(events), len({e['id'] for e in events}), len(ids), sum(1 for s in ids.values() if len(s) > 1))
PY
)
check "every release arrived after the return (${ARRIVED_AFTER}s): $DISTINCT distinct events for $SUBJECTS items, $EVENTS received" \
  "[[ $DISTINCT -eq $RELEASES && $SUBJECTS -eq $RELEASES ]]"
check "no item got two different events: $TWO_IDS" "[[ $TWO_IDS -eq 0 ]]"
check "the hub's delivery log: $(deliveries)" "[[ '$(deliveries)' == 'DELIVERED:$RELEASES ' ]]"
exit $FAIL
