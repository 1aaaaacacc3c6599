#!/usr/bin/env bash
# Backup and restore, proven: dumps database SOURCE (pg_dump, custom format), restores the dump into a fresh
# database SOURCE_restore_check, and compares the two: the exact row count of every table, and a history query
# (per item, how many audited versions and the name as of its latest revision). Exits non-zero on any
# difference. Read-only on SOURCE; the check database is dropped at the end unless --keep.
#
#   deploy/postgres/restore-check.sh [--keep] SOURCE      e.g. deploy/postgres/restore-check.sh mdm
#
# Connection: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), as for psql. docs/operations.md describes
# production backups (CloudNativePG) and how to run this against a restored cluster.
set -euo pipefail
keep=false
if [[ ${1:-} == --keep ]]; then keep=true; shift; fi
source_db=${1:?usage: restore-check.sh [--keep] SOURCE}
check_db=${source_db}_restore_check
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
work=$(mktemp -d)
trap 'rm -rf "$work"; $keep || dropdb --if-exists "$check_db" 2>/dev/null || true' EXIT

started=$(date +%s)
pg_dump --format=custom --no-owner --no-privileges --file="$work/dump" "$source_db"
dropdb --if-exists "$check_db"
createdb "$check_db"
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$check_db" "$work/dump"

# exact counts, not the planner's estimates: every table of the public schema, ordered by name
table_counts() {
  local query
  query=$(psql -X -q -At -d "$1" -c "select string_agg(format('select %L, count(*) from %I', table_name, table_name), ' union all ' order by table_name) from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
  psql -X -q -At -d "$1" -c "$query order by 1"
}
history() {
  psql -X -q -At -d "$1" -c "select a.id, count(*), (select h.name from item_aud h where h.id = a.id order by h.rev desc limit 1)
    from item_aud a group by a.id order by a.id"
}

table_counts "$source_db" > "$work/source.counts"
table_counts "$check_db" > "$work/restored.counts"
history "$source_db" > "$work/source.history"
history "$check_db" > "$work/restored.history"

tables=$(wc -l < "$work/source.counts")
rows=$(awk -F'|' '{s += $2} END {print s + 0}' "$work/source.counts")
items=$(wc -l < "$work/source.history")
if ! diff -u "$work/source.counts" "$work/restored.counts"; then
  echo "restore-check: row counts differ between $source_db and its restore" >&2
  exit 1
fi
if ! diff -u "$work/source.history" "$work/restored.history" > /dev/null; then
  echo "restore-check: item history differs between $source_db and its restore" >&2
  exit 1
fi
if (( tables == 0 )); then
  echo "restore-check: $source_db has no tables: nothing was proven" >&2
  exit 1
fi
echo "restore-check: $source_db restored into $check_db: $tables tables, $rows rows, history of $items items identical ($(( $(date +%s) - started )) s)"
