#!/usr/bin/env bash
# Item API benchmark: read latency at a constant 500 requests/s and create throughput vs. a JDBC baseline.
#
# Usage: deploy/bench/run.sh [--quick] [--name=value ...]     (--help lists the settings and their defaults)
#   --quick   smoke run of about half a minute; its figures are not meant to be quoted
#
# Needs the local stack (WildFly on 127.0.0.1:8080, Keycloak on localhost:8180, PostgreSQL database mdm); starts
# it with deploy/local/up.sh when http://127.0.0.1:9990/health/ready does not answer 200, and leaves it running.
# The result block goes to stdout, a markdown fragment to mdm-bench/target/bench-result.md (or --output=FILE).
# The run leaves its API-created items (numbers BENCH-<run>-...) in the database: the audit trail is append-only.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
READY_URL="http://127.0.0.1:9990/health/ready"

log() { echo "bench: $*"; }
die() { echo "bench: ERROR: $*" >&2; exit 1; }

for arg in "$@"; do
  if [[ "$arg" == "-h" || "$arg" == "--help" ]]; then
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    echo
    exec mvn -q -f "$ROOT/pom.xml" -pl mdm-bench -am -Pbench test-compile -Dbench.args="--help"
  fi
done

# The fragment lands in the module's target/ unless the caller chose a file; a relative --output is taken
# from the caller's directory (exec:java runs inside Maven, in this shell's working directory).
OUTPUT="$ROOT/mdm-bench/target/bench-result.md"
ARGS=("$@")
explicit_output=false
for arg in "$@"; do
  if [[ "$arg" == --output=* ]]; then
    OUTPUT="${arg#--output=}"
    explicit_output=true
  fi
done
if [[ "$explicit_output" == false ]]; then
  ARGS+=("--output=$OUTPUT")
fi
[[ "$OUTPUT" == /* ]] || OUTPUT="$PWD/$OUTPUT"

command -v mvn >/dev/null 2>&1 || die "mvn not found: install Maven 3.8+"
command -v curl >/dev/null 2>&1 || die "curl not found: install curl"

ready_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$READY_URL" 2>/dev/null || true; }

if [[ "$(ready_code)" == "200" ]]; then
  log "local stack is up ($READY_URL answers 200)"
else
  [[ -x "$ROOT/deploy/local/up.sh" ]] || die "the stack is not up and deploy/local/up.sh is missing: start it yourself"
  log "local stack not ready: starting it with deploy/local/up.sh"
  "$ROOT/deploy/local/up.sh"
  [[ "$(ready_code)" == "200" ]] || die "deploy/local/up.sh finished but $READY_URL still does not answer 200"
fi

# The load generator runs inside Maven's JVM: a fixed, modest heap keeps its own GC pauses short and alike
# from run to run (they would count as server latency). A MAVEN_OPTS of the caller wins.
export MAVEN_OPTS="${MAVEN_OPTS:--Xms512m -Xmx512m}"

# exec:java joins the arguments with spaces again, so arguments must not contain spaces.
for arg in "${ARGS[@]}"; do
  [[ "$arg" != *" "* ]] || die "arguments must not contain spaces: '$arg'"
done
# The reactor builds the server's classes and test classes that the benchmark module runs on (mdm-bench/pom.xml).
mvn -q -f "$ROOT/pom.xml" -pl mdm-bench -am -Pbench test-compile -Dbench.args="${ARGS[*]}"

log "markdown fragment: $OUTPUT"
