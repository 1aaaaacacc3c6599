#!/usr/bin/env bash
# Stop the local MDM Hub stack started by deploy/local/up.sh: WildFly, then Keycloak.
# PostgreSQL is left running (it is a system service; the database mdm is kept).
#
# Usage: deploy/local/down.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WF_PID_FILE="$ROOT/.local/wildfly.pid"
STOP_TIMEOUT=30

log() { echo "down: $*"; }
pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

if [[ $# -gt 0 ]]; then
  sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

status=0
if [[ -f "$WF_PID_FILE" ]]; then
  pid=$(cat "$WF_PID_FILE")
  if pid_alive "$pid" && ! ps -o args= -p "$pid" 2>/dev/null | grep -q 'standalone\.sh\|jboss'; then
    log "pid $pid is not a WildFly process (stale pid file removed)"
    rm -f "$WF_PID_FILE"
  elif pid_alive "$pid"; then
    log "stopping WildFly (pid $pid)"
    # standalone.sh (LAUNCH_JBOSS_IN_BACKGROUND) forwards TERM to the java process and waits for it.
    kill -TERM "$pid" 2>/dev/null || true
    waited=0
    while pid_alive "$pid" && (( waited < STOP_TIMEOUT )); do
      sleep 1
      waited=$((waited + 1))
    done
    if pid_alive "$pid"; then
      log "WildFly still running after ${STOP_TIMEOUT}s, sending KILL"
      # setsid made it a process-group leader: kill the group (standalone.sh and its java child).
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 1
    fi
    if pid_alive "$pid"; then
      log "ERROR: could not stop WildFly (pid $pid)"
      status=1
    else
      log "WildFly stopped"
      rm -f "$WF_PID_FILE"
    fi
  else
    log "WildFly not running (stale pid file removed)"
    rm -f "$WF_PID_FILE"
  fi
else
  log "WildFly: no pid file (.local/wildfly.pid); nothing to stop"
fi

"$ROOT/deploy/keycloak/keycloak.sh" stop || status=1
exit "$status"
