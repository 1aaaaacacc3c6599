#!/usr/bin/env bash
# Starts the hub in the container. Modes:
#   serve    (default) run the server until stopped; SIGTERM shuts it down gracefully
#   migrate  run the database migrations as the owner role (MDM_DB_MIGRATE=true), wait until the server is ready,
#            stop it and exit 0 (non-zero if it never became ready): the Kubernetes migration Job
# Configuration is environment only (deploy/README.md lists the variables). A variable MDM_<X>_FILE names a file
# (a mounted Secret) whose content becomes MDM_<X>, so keys and passwords need not pass through the environment
# of the pod spec.
set -euo pipefail

server=${MDM_SERVER_HOME:-/opt/mdm/server} # another place only outside the image (its test)
mode=${1:-serve}

for file_var in $(compgen -v | grep -E '^MDM_[A-Z0-9_]+_FILE$' || true); do
  target=${file_var%_FILE}
  path=${!file_var}
  if [[ ! -r $path ]]; then
    echo "entrypoint: $file_var names $path, which cannot be read" >&2
    exit 64
  fi
  export "$target=$(<"$path")"
  unset "$file_var"
done

# the dispatcher claims under jboss.node.name (the pod name); the transaction manager's node id must be unique per
# node on one database and at most 23 bytes: the tail of the pod name, where its unique suffix is
node=${MDM_NODE_NAME:-${HOSTNAME:-mdm-hub}}
if [[ -z ${MDM_NODE_ID:-} ]]; then
  if (( ${#node} > 23 )); then MDM_NODE_ID=${node: -23}; else MDM_NODE_ID=$node; fi
fi
export MDM_NODE_ID

args=(-b 0.0.0.0 -bmanagement 0.0.0.0 "-Djboss.node.name=$node")

case $mode in
  serve)
    exec "$server/bin/standalone.sh" "${args[@]}"
    ;;
  migrate)
    export MDM_DB_MIGRATE=true
    "$server/bin/standalone.sh" "${args[@]}" -Dmdm.dispatch.enabled=false &
    pid=$!
    trap 'kill -TERM "$pid" 2>/dev/null || true' TERM INT
    for _ in $(seq 1 180); do
      if "$(dirname "$0")/healthcheck.sh"; then
        echo "entrypoint: migrations done, server ready; stopping"
        kill -TERM "$pid"
        wait "$pid" || true
        exit 0
      fi
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "entrypoint: the server exited before it was ready (migration failed?)" >&2
        exit 1
      fi
      sleep 2
    done
    echo "entrypoint: not ready after 360 s" >&2
    kill -TERM "$pid" || true
    exit 1
    ;;
  *)
    echo "usage: entrypoint.sh [serve|migrate]" >&2
    exit 64
    ;;
esac
