#!/usr/bin/env bash
# Make sure a RabbitMQ broker answers on 127.0.0.1:5672 (the AMQP target's tests and the local stack use it,
# with the built-in guest user, which RabbitMQ accepts from localhost only).
#
# Usage: ensure-broker.sh
#
# Environment: MDM_AMQP_PORT (5672), MDM_AMQP_WAIT_SECONDS (60).
# Starts an installed but stopped Debian/Ubuntu rabbitmq-server; installs it with apt-get when it is missing
# and we are root or have sudo. Idempotent: when the port answers, it changes nothing.
set -euo pipefail

PORT="${MDM_AMQP_PORT:-5672}"
WAIT="${MDM_AMQP_WAIT_SECONDS:-60}"

log() { echo "ensure-broker: $*"; }
die() { echo "ensure-broker: ERROR: $*" >&2; exit 1; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 1
  fi
}

if answers; then
  log "a broker answers on 127.0.0.1:$PORT"
  exit 0
fi

if ! command -v rabbitmq-server >/dev/null 2>&1 && [[ ! -x /usr/sbin/rabbitmq-server ]]; then
  command -v apt-get >/dev/null 2>&1 || die "no broker on 127.0.0.1:$PORT and no apt-get to install one: install RabbitMQ 3.10+"
  log "RabbitMQ is not installed; installing rabbitmq-server with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || die "cannot install: not root and no sudo"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q rabbitmq-server
fi

if ! answers; then
  log "starting rabbitmq-server"
  # Debian's init script works without systemd too; the wrapper in /usr/sbin drops to the rabbitmq user itself
  as_root service rabbitmq-server start || as_root /usr/sbin/rabbitmq-server -detached \
    || die "could not start rabbitmq-server"
fi

for (( i = 0; i < WAIT; i++ )); do
  if answers; then
    log "a broker answers on 127.0.0.1:$PORT"
    exit 0
  fi
  sleep 1
done
die "rabbitmq-server did not answer on 127.0.0.1:$PORT within ${WAIT}s"
