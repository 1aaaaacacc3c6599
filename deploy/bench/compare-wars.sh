#!/usr/bin/env bash
# Item create and BOM save with two builds of the server, alternated on one machine in one run:
# round 1 A, round 2 B, round 3 A, round 4 B — so drift in the machine's load falls on both alike.
#
# Usage: deploy/bench/compare-wars.sh A.war B.war [rounds (default 4)]
#   Each round starts the local stack afresh with one WAR (deploy/local/up.sh --no-build, its own database
#   mdm_bench_a or mdm_bench_b, so neither build sees the other's migrations), runs the item benchmark
#   (deploy/bench/run.sh, short settings) and the BOM benchmark, and stops the stack. Results: one markdown
#   fragment per round in mdm-bench/target/compare/, and the round's load average before it started.
#   A database that exists already is used as it is: a build from before the database roles (it migrates as the
#   application user) needs one the application user owns, e.g.
#   psql -h 127.0.0.1 -U postgres -c "create database mdm_bench_a owner mdm" (and pg_trgm created in it).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
A=$(realpath "$1"); B=$(realpath "$2"); ROUNDS=${3:-4}
OUT="$ROOT/mdm-bench/target/compare"; mkdir -p "$OUT"
WAR="$ROOT/mdm-server/target/mdm-server.war"
KEEP="$OUT/current.war.keep"
[[ -f "$WAR" ]] && cp "$WAR" "$KEEP"
restore() { [[ -f "$KEEP" ]] && cp "$KEEP" "$WAR"; "$ROOT/deploy/local/down.sh" >/dev/null 2>&1 || true; }
trap restore EXIT

for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 == 1 )); then label=a; war=$A; else label=b; war=$B; fi
  db="mdm_bench_$label"
  if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    "$ROOT/deploy/postgres/ensure-db.sh" "$db" >/dev/null
  fi
  # the JDBC baseline creates a scratch table: as the database's owner (mdm_owner, or mdm for an old build's database)
  owner=$(psql -h 127.0.0.1 -U postgres -tAc "select pg_get_userbyid(datdba) from pg_database where datname = '$db'")
  cp "$war" "$WAR"
  echo "round $round: $label ($war), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%S)" | tee -a "$OUT/rounds.txt"
  MDM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" "$ROOT/deploy/local/up.sh" --no-build > "$OUT/up-$round.log" 2>&1
  "$ROOT/deploy/bench/run.sh" --warmup=2 --duration=5 --warmup-rows=20 --round-rows=50 --rounds=2 \
      --jdbc-url="jdbc:postgresql://127.0.0.1:5432/$db" --db-user="${owner:-mdm_owner}" --db-password="${owner:-mdm_owner}" --output="$OUT/item-$round-$label.md" > "$OUT/item-$round.log" 2>&1
  mvn -q -o -pl mdm-bench -am -Pbench test-compile -Dbench.main=org.mdmhub.mdm.bench.BomBenchmark \
      -Dbench.args="--jdbc-url=jdbc:postgresql://127.0.0.1:5432/$db --db-user=${owner:-mdm_owner} --db-password=${owner:-mdm_owner}" -Dbom.output="$OUT/bom-$round-$label.md" \
      -Dbom.samples=100 -Dbom.warmup=50 -Dbom.families=2 -Dbom.perFamily=300 -Dbom.depth=8 -Dbom.versions=20 \
      -Dbom.diffLines=50 > "$OUT/bom-$round.log" 2>&1
  "$ROOT/deploy/local/down.sh" > /dev/null 2>&1
done
echo "fragments in $OUT"
