#!/usr/bin/env bash
# Local dev Keycloak for the MDM Hub (start-dev, H2, realm "mdm" imported from mdm-realm.json).
#
# Usage:
#   keycloak.sh start [--owner-file FILE]   start in the background unless already running;
#                                           FILE receives the pid only if this call started it
#   keycloak.sh stop  [--owner-file FILE]   stop it (with FILE: only if FILE exists, i.e. this caller started it)
#   keycloak.sh status                      print whether it is running
#   keycloak.sh token USER [PASSWORD]       print an access token (password grant, client mdm-cli)
#
# Environment: KEYCLOAK_PORT (default 8180), KEYCLOAK_ADMIN_PASSWORD (default "admin", dev only),
#              KEYCLOAK_HOSTNAME (token issuer base URL, default http://localhost:$KEYCLOAK_PORT).
# The distribution is unpacked by the Maven build into <repo>/.local/keycloak/keycloak-<version>/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/deploy/keycloak"
LOCAL="$ROOT/.local"
PORT="${KEYCLOAK_PORT:-8180}"
BASE_URL="http://127.0.0.1:$PORT"
REALM_URL="$BASE_URL/realms/mdm"
WELL_KNOWN="$REALM_URL/.well-known/openid-configuration"
# Tokens carry iss=<FRONTEND_URL>/realms/mdm however Keycloak is reached (127.0.0.1 or localhost), so the
# API (provider URL on either name) and browsers agree on the issuer. Back-channel URLs follow the request.
FRONTEND_URL="${KEYCLOAK_HOSTNAME:-http://localhost:$PORT}"
PID_FILE="$LOCAL/keycloak.pid"
LOG_FILE="$LOCAL/keycloak.log"
START_TIMEOUT=300
STOP_TIMEOUT=30

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'  >&2
  exit 2
}

log() { echo "keycloak: $*"; }
die() { echo "keycloak: ERROR: $*" >&2; exit 1; }

realm_answers() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$WELL_KNOWN" 2>/dev/null) || true
  [[ "$code" == "200" ]]
}

pid_alive() {
  local pid="${1:-}"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

# Stop a process (the session leader of a setsid'ed kc.sh, which forwards TERM to java): TERM, wait, then KILL.
stop_pid() {
  local pid="$1" waited=0
  if ! pid_alive "$pid"; then
    log "Keycloak (pid $pid) is not running"
    return 0
  fi
  # Guard against a stale pid file whose pid now belongs to an unrelated process.
  if ! ps -o args= -p "$pid" 2>/dev/null | grep -qi 'keycloak\|kc\.sh'; then
    log "pid $pid is not a Keycloak process (stale pid file); leaving it alone"
    return 0
  fi
  log "stopping Keycloak (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while pid_alive "$pid" && (( waited < STOP_TIMEOUT )); do
    sleep 1
    waited=$((waited + 1))
  done
  if pid_alive "$pid"; then
    log "still running after ${STOP_TIMEOUT}s, sending KILL"
    # setsid made it a process-group leader: kill the whole group (kc.sh and its java child).
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  if pid_alive "$pid"; then
    die "could not stop process $pid"
  fi
  log "stopped"
}

find_dist() {
  local kc
  kc=$(find "$LOCAL/keycloak" -mindepth 1 -maxdepth 1 -type d -name 'keycloak-*' 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$kc" || ! -x "$kc/bin/kc.sh" ]]; then
    die "Keycloak distribution not found under .local/keycloak/. Run 'mvn -q package -DskipTests' in the repository root first."
  fi
  echo "$kc"
}

cmd_start() {
  local owner_file=""
  while (( $# > 0 )); do
    case "$1" in
      --owner-file) [[ $# -ge 2 ]] || die "--owner-file needs a FILE"; owner_file="$2"; shift 2 ;;
      *) die "unknown option for start: $1" ;;
    esac
  done

  if realm_answers; then
    log "Keycloak already running on $BASE_URL (realm mdm answers)"
    return 0
  fi
  if [[ -f "$PID_FILE" ]] && pid_alive "$(cat "$PID_FILE")"; then
    die "a Keycloak process ($(cat "$PID_FILE")) is alive but realm mdm does not answer on $BASE_URL; run '$0 stop' first"
  fi

  local kc
  kc=$(find_dist)
  mkdir -p "$kc/data/import" "$LOCAL"
  cp "$HERE/mdm-realm.json" "$kc/data/import/mdm-realm.json"
  # --import-realm skips a realm that already exists: start from an empty H2 so realm edits always apply.
  rm -rf "$kc/data/h2"

  log "starting $(basename "$kc") on $BASE_URL (log: .local/keycloak.log)"
  local start_ts pid
  start_ts=$(date +%s)
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid nohup "$kc/bin/kc.sh" start-dev \
      --http-port="$PORT" --http-host=127.0.0.1 --import-realm --hostname-strict=false \
      --hostname="$FRONTEND_URL" --hostname-backchannel-dynamic=true \
      </dev/null >"$LOG_FILE" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_FILE"

  while ! realm_answers; do
    if ! pid_alive "$pid"; then
      echo "keycloak: ERROR: process exited during startup; last log lines:" >&2
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if (( $(date +%s) - start_ts >= START_TIMEOUT )); then
      echo "keycloak: ERROR: realm mdm did not answer within ${START_TIMEOUT}s; last log lines:" >&2
      tail -n 40 "$LOG_FILE" >&2 || true
      exit 1
    fi
    sleep 2
  done

  if [[ -n "$owner_file" ]]; then
    mkdir -p "$(dirname "$owner_file")"
    echo "$pid" >"$owner_file"
  fi
  log "ready after $(( $(date +%s) - start_ts ))s (pid $pid, realm $REALM_URL)"
}

cmd_stop() {
  local owner_file="" pid
  while (( $# > 0 )); do
    case "$1" in
      --owner-file) [[ $# -ge 2 ]] || die "--owner-file needs a FILE"; owner_file="$2"; shift 2 ;;
      *) die "unknown option for stop: $1" ;;
    esac
  done

  if [[ -n "$owner_file" ]]; then
    if [[ ! -f "$owner_file" ]]; then
      log "Keycloak was not started by this caller (no owner file); leaving it alone"
      return 0
    fi
    pid=$(cat "$owner_file")
    stop_pid "$pid"
    rm -f "$owner_file"
    if [[ -f "$PID_FILE" && "$(cat "$PID_FILE")" == "$pid" ]]; then
      rm -f "$PID_FILE"
    fi
    return 0
  fi

  if [[ ! -f "$PID_FILE" ]]; then
    log "no pid file (.local/keycloak.pid); nothing to stop"
    return 0
  fi
  pid=$(cat "$PID_FILE")
  stop_pid "$pid"
  rm -f "$PID_FILE"
}

cmd_status() {
  if realm_answers; then
    local suffix=""
    if [[ -f "$PID_FILE" ]] && pid_alive "$(cat "$PID_FILE")"; then
      suffix=" (pid $(cat "$PID_FILE"))"
    fi
    echo "Keycloak running on $BASE_URL$suffix"
  else
    echo "Keycloak not running on $BASE_URL"
    return 3
  fi
}

cmd_token() {
  [[ $# -ge 1 && $# -le 2 ]] || usage
  local user="$1" password="${2:-$1}" response token
  response=$(curl -sS --max-time 30 \
    --data-urlencode "grant_type=password" \
    --data-urlencode "client_id=mdm-cli" \
    --data-urlencode "username=$user" \
    --data-urlencode "password=$password" \
    --data-urlencode "scope=openid" \
    "$REALM_URL/protocol/openid-connect/token") || die "cannot reach Keycloak at $BASE_URL (is it running? '$0 start')"
  token=$(printf '%s' "$response" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
  if [[ -z "$token" ]]; then
    die "no access token for user '$user': $response"
  fi
  printf '%s\n' "$token"
}

[[ $# -ge 1 ]] || usage
command="$1"
shift
case "$command" in
  start)  cmd_start "$@" ;;
  stop)   cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  token)  cmd_token "$@" ;;
  -h|--help|help) usage ;;
  *) echo "keycloak: unknown command '$command'" >&2; usage ;;
esac
