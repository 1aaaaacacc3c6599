#!/usr/bin/env bash
# Exit 0 when the hub answers 200 on /health/ready (management port, 9990 + MDM_PORT_OFFSET). Plain bash
# (/dev/tcp), so the image needs no curl.
set -euo pipefail
port=$((9990 + ${MDM_PORT_OFFSET:-0}))
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
[[ $status == *" 200 "* ]]
