#!/usr/bin/env bash
# Start the whole local MDM Hub stack: PostgreSQL (database mdm), Keycloak (realm mdm) and WildFly with the app.
#
# Usage: deploy/local/up.sh [--no-build]
#   --no-build   do not run 'mvn package' (use the WAR and server already built)
#
# Environment (defaults in brackets): MDM_DB_HOST [127.0.0.1], MDM_DB_PORT [5432], MDM_DB_USER [mdm],
# MDM_DB_PASSWORD [mdm], MDM_DB_OWNER_USER [mdm_owner], MDM_DB_OWNER_PASSWORD [mdm_owner], MDM_DB_URL [jdbc:postgresql://MDM_DB_HOST:MDM_DB_PORT/mdm], KEYCLOAK_PORT [8180],
# MDM_OIDC_PROVIDER_URL [http://localhost:KEYCLOAK_PORT/realms/mdm].
# Stop everything with deploy/local/down.sh. Logs: .local/wildfly.log, .local/keycloak.log.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL="$ROOT/.local"
SERVER="$ROOT/mdm-server/target/server"
WAR="$ROOT/mdm-server/target/mdm-server.war"
# WildFly runs from its own base directory (config copied from the provisioned server on every start), so
# the build output mdm-server/target/server stays clean for the integration tests and 'mvn clean' is safe.
BASE_DIR="$LOCAL/wildfly/standalone"
WF_PID_FILE="$LOCAL/wildfly.pid"
WF_LOG="$LOCAL/wildfly.log"
HTTP_URL="http://127.0.0.1:8080"
READY_URL="http://127.0.0.1:9990/health/ready"
READY_TIMEOUT=300

DB_HOST="${MDM_DB_HOST:-127.0.0.1}"
DB_PORT="${MDM_DB_PORT:-5432}"
export MDM_DB_USER="${MDM_DB_USER:-mdm}"
export MDM_DB_PASSWORD="${MDM_DB_PASSWORD:-mdm}"
export MDM_DB_OWNER_USER="${MDM_DB_OWNER_USER:-mdm_owner}"          # runs the migrations
export MDM_DB_OWNER_PASSWORD="${MDM_DB_OWNER_PASSWORD:-mdm_owner}"
export MDM_DB_URL="${MDM_DB_URL:-jdbc:postgresql://$DB_HOST:$DB_PORT/mdm}"
export MDM_OIDC_PROVIDER_URL="${MDM_OIDC_PROVIDER_URL:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/mdm}"

log() { echo "up: $*"; }
die() { echo "up: ERROR: $*" >&2; exit 1; }

BUILD=true
while (( $# > 0 )); do
  case "$1" in
    --no-build) BUILD=false; shift ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (usage: up.sh [--no-build])" ;;
  esac
done

# (a) Tools.
command -v java >/dev/null 2>&1 || die "java not found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)"
java_major=$(java -version 2>&1 | sed -n 's/.* version "\([0-9]*\)\(\.[0-9]*\)*.*".*/\1/p' | head -n 1)
if [[ "$java_major" == "1" || -z "$java_major" ]] || (( java_major < 17 )); then
  die "java 17 or newer is required (found: $(java -version 2>&1 | head -n 1)); install openjdk-17-jdk-headless"
fi
if [[ "$BUILD" == true ]]; then
  command -v mvn >/dev/null 2>&1 || die "mvn not found: install Maven 3.8+ (e.g. apt-get install maven)"
fi
command -v curl >/dev/null 2>&1 || die "curl not found: install curl"

# (b) PostgreSQL and database mdm (kept between runs).
"$ROOT/deploy/postgres/ensure-db.sh" mdm
"$ROOT/deploy/rabbitmq/ensure-broker.sh"   # for AMQP subscriptions

# (c) Build: WAR, provisioned WildFly, Keycloak distribution.
if [[ "$BUILD" == true ]]; then
  log "building (mvn -DskipTests package) ..."
  build_start=$(date +%s)
  mvn -q -f "$ROOT/pom.xml" -DskipTests package || die "the Maven build failed"
  log "build done in $(( $(date +%s) - build_start ))s"
fi
[[ -f "$WAR" ]] || die "mdm-server/target/mdm-server.war missing: run without --no-build (or 'mvn -DskipTests package')"
[[ -x "$SERVER/bin/standalone.sh" ]] || die "provisioned WildFly missing in mdm-server/target/server: run without --no-build"

# (d) Keycloak.
"$ROOT/deploy/keycloak/keycloak.sh" start

# (e) WildFly with the application.
pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }
http_answers() { curl -s -o /dev/null --max-time 3 "$1"; }
ready_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$READY_URL" 2>/dev/null || true; }

if http_answers "$HTTP_URL/"; then
  log "something already answers on $HTTP_URL: not starting WildFly (stop it with deploy/local/down.sh to restart)"
else
  if [[ -f "$WF_PID_FILE" ]] && pid_alive "$(cat "$WF_PID_FILE")"; then
    die "WildFly process $(cat "$WF_PID_FILE") is alive but $HTTP_URL does not answer; run deploy/local/down.sh first"
  fi
  mkdir -p "$LOCAL/wildfly"
  rm -rf "$BASE_DIR"
  mkdir -p "$BASE_DIR/deployments" "$BASE_DIR/data" "$BASE_DIR/log" "$BASE_DIR/tmp"
  cp -R "$SERVER/standalone/configuration" "$BASE_DIR/configuration"
  if [[ -d "$SERVER/standalone/lib" ]]; then
    cp -R "$SERVER/standalone/lib" "$BASE_DIR/lib"
  fi
  cp "$WAR" "$BASE_DIR/deployments/mdm-server.war"

  log "starting WildFly on $HTTP_URL (management 127.0.0.1:9990, log: .local/wildfly.log)"
  wf_start=$(date +%s)
  JAVA_OPTS="-Xms64m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true" \
  LAUNCH_JBOSS_IN_BACKGROUND=1 \
    setsid nohup "$SERVER/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
      -Djboss.server.base.dir="$BASE_DIR" \
      </dev/null >"$WF_LOG" 2>&1 &
  wf_pid=$!
  echo "$wf_pid" >"$WF_PID_FILE"

  # (f) Wait for readiness.
  while [[ "$(ready_code)" != "200" ]]; do
    if ! pid_alive "$wf_pid"; then
      echo "up: ERROR: WildFly exited during startup; last log lines:" >&2
      tail -n 40 "$WF_LOG" >&2 || true
      rm -f "$WF_PID_FILE"
      exit 1
    fi
    if (( $(date +%s) - wf_start >= READY_TIMEOUT )); then
      echo "up: ERROR: $READY_URL not ready (HTTP $(ready_code)) after ${READY_TIMEOUT}s; last log lines:" >&2
      tail -n 40 "$WF_LOG" >&2 || true
      exit 1
    fi
    sleep 2
  done
  log "WildFly ready after $(( $(date +%s) - wf_start ))s (pid $wf_pid)"
fi

# (g) Summary.
kc_admin_password="admin"
if [[ -n "${KEYCLOAK_ADMIN_PASSWORD:-}" ]]; then
  kc_admin_password='(the value of KEYCLOAK_ADMIN_PASSWORD)'
fi
cat <<EOF

MDM Hub local stack is up.

  API         http://localhost:8080/api/v1
  OpenAPI     http://localhost:8080/openapi
  Health      http://localhost:9990/health
  Metrics     http://localhost:9990/metrics
  Keycloak    http://localhost:${KEYCLOAK_PORT:-8180}   (admin console: admin / $kc_admin_password, dev only)

Demo logins (realm mdm, password = user name):
  user             password         role(s)
  viewer           viewer           mdm-viewer
  steward          steward          mdm-steward
  steward2         steward2         mdm-steward
  engineer         engineer         mdm-approver-engineering
  buyer            buyer            mdm-approver-procurement
  quality          quality          mdm-approver-quality
  finance          finance          mdm-approver-finance
  sales            sales            mdm-approver-sales
  admin            admin            mdm-admin
  author-approver  author-approver  mdm-steward, mdm-approver-engineering, mdm-approver-quality

Try it:
  TOKEN=\$(deploy/keycloak/keycloak.sh token steward) && curl -s -H "Authorization: Bearer \$TOKEN" http://localhost:8080/api/v1/items

Smoke test: deploy/local/smoke.sh    Stop: deploy/local/down.sh
EOF
