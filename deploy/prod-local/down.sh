#!/usr/bin/env bash
# Stops what deploy/prod-local/up.sh started (by the pids it recorded): haproxy, both hub nodes, Keycloak.
# The databases mdm_prod and mdm_prod_keycloak and .local/prod-local stay.
set -euo pipefail
state=$(cd "$(dirname "$0")/../.." && pwd)/.local/prod-local
for name in haproxy prod-node-2 prod-node-1 keycloak; do
  pidfile=$state/$name.pid
  [[ -s $pidfile ]] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    # standalone.sh and kc.sh run java as a child: stop the children first, then the script
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  echo "stopped $name"
done
