#!/usr/bin/env bash
# Make sure a local PostgreSQL runs and holds database DBNAME owned by the MDM login role.
#
# Usage: ensure-db.sh [--fresh] DBNAME
#   --fresh   drop DBNAME first (DROP DATABASE ... WITH (FORCE)) and create it empty
#
# Environment: MDM_DB_HOST (127.0.0.1), MDM_DB_PORT (5432), MDM_DB_USER (mdm), MDM_DB_PASSWORD (mdm).
# Starts an installed but stopped Debian/Ubuntu cluster (pg_ctlcluster); installs PostgreSQL with
# apt-get when it is missing and we are root or have sudo. Also creates extension pg_trgm in DBNAME.
# Idempotent: running it again changes nothing (except --fresh, which always recreates DBNAME).
set -euo pipefail

HOST="${MDM_DB_HOST:-127.0.0.1}"
PORT="${MDM_DB_PORT:-5432}"
DB_USER="${MDM_DB_USER:-mdm}"
DB_PASSWORD="${MDM_DB_PASSWORD:-mdm}"

log() { echo "ensure-db: $*"; }
die() { echo "ensure-db: ERROR: $*" >&2; exit 1; }
usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

FRESH=false
DB_NAME=""
while (( $# > 0 )); do
  case "$1" in
    --fresh) FRESH=true; shift ;;
    -h|--help) usage ;;
    -*) echo "ensure-db: unknown option $1" >&2; usage ;;
    *) [[ -z "$DB_NAME" ]] || usage; DB_NAME="$1"; shift ;;
  esac
done
[[ -n "$DB_NAME" ]] || usage
[[ "$DB_NAME" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "database name '$DB_NAME' must be a plain identifier (letters, digits, _)"
[[ "$DB_USER" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "MDM_DB_USER '$DB_USER' must be a plain identifier (letters, digits, _)"

is_local_host() { [[ "$HOST" == "127.0.0.1" || "$HOST" == "localhost" || "$HOST" == "::1" ]]; }

# Run a command as root: directly when we are root, else through non-interactive sudo.
as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 1
  fi
}
can_be_root() { [[ "$(id -u)" -eq 0 ]] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; }

pg_answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$HOST" -p "$PORT" -t 3
  else
    (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null
  fi
}

wait_for_pg() {
  local waited=0
  until pg_answers; do
    (( waited < 30 )) || return 1
    sleep 1
    waited=$((waited + 1))
  done
}

start_cluster() {
  local version
  version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | sort -V | head -n 1 || true)
  [[ -n "$version" ]] || die "pg_ctlcluster exists but /etc/postgresql has no cluster; create one with 'pg_createcluster <version> main'"
  log "PostgreSQL not answering on $HOST:$PORT; starting cluster $version/main"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start \
    || die "could not start cluster $version/main (need root or sudo); start PostgreSQL yourself on $HOST:$PORT"
}

# 1. A server answering on HOST:PORT.
if ! pg_answers; then
  is_local_host || die "no PostgreSQL answers on $HOST:$PORT (a remote host is not started by this script)"
  if command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /etc/postgresql ]]; then
    start_cluster
  elif command -v pg_ctlcluster >/dev/null 2>&1 || command -v postgres >/dev/null 2>&1; then
    die "PostgreSQL seems installed but has no Debian cluster to start; start it yourself on $HOST:$PORT"
  elif can_be_root && command -v apt-get >/dev/null 2>&1; then
    log "PostgreSQL is not installed; installing it with apt-get"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
    pg_answers || start_cluster
  else
    die "no PostgreSQL on $HOST:$PORT and cannot install it (not root, no sudo or no apt-get). Install PostgreSQL 15+ listening on $HOST:$PORT, or set MDM_DB_HOST/MDM_DB_PORT"
  fi
  wait_for_pg || die "PostgreSQL still does not answer on $HOST:$PORT after 30 s"
fi

command -v psql >/dev/null 2>&1 || die "psql not found; install the PostgreSQL client (apt-get install postgresql-client)"

# 2. A superuser connection: TCP as 'postgres' (trust/peer-less setups, PGPASSWORD or ~/.pgpass),
#    else the local socket as the OS user postgres (peer auth).
PSQL_SU=()
if PGCONNECT_TIMEOUT=5 psql -w -X -q -t -A -h "$HOST" -p "$PORT" -U postgres -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
  PSQL_SU=(psql -w -X -q -t -A -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U postgres)
elif is_local_host && [[ "$(id -u)" -eq 0 ]] && command -v runuser >/dev/null 2>&1 \
    && (cd / && runuser -u postgres -- psql -X -q -t -A -p "$PORT" -d postgres -c 'SELECT 1') >/dev/null 2>&1; then
  PSQL_SU=(runuser -u postgres -- psql -X -q -t -A -v ON_ERROR_STOP=1 -p "$PORT")
elif is_local_host && command -v sudo >/dev/null 2>&1 \
    && (cd / && sudo -n -u postgres psql -X -q -t -A -p "$PORT" -d postgres -c 'SELECT 1') >/dev/null 2>&1; then
  PSQL_SU=(sudo -n -u postgres psql -X -q -t -A -v ON_ERROR_STOP=1 -p "$PORT")
else
  die "cannot connect as a PostgreSQL superuser: tried 'psql -h $HOST -p $PORT -U postgres' and the local socket as OS user postgres. Allow one of them (e.g. PGPASSWORD for postgres) and retry"
fi

# Run SQL from stdin as superuser in database $1; psql variables db, usr, pw are set (use :"db", :'pw').
su_sql() {
  local db="$1"
  (cd / && "${PSQL_SU[@]}" -d "$db" -v db="$DB_NAME" -v usr="$DB_USER" -v pw="$DB_PASSWORD" -f -)
}

# 3. Login role.
role_exists=$(su_sql postgres <<'SQL'
SELECT count(*) FROM pg_roles WHERE rolname = :'usr';
SQL
)
if [[ "$role_exists" == "1" ]]; then
  role_msg="role $DB_USER exists"
  su_sql postgres <<'SQL'
ALTER ROLE :"usr" WITH LOGIN PASSWORD :'pw';
SQL
else
  role_msg="role $DB_USER created"
  su_sql postgres <<'SQL'
CREATE ROLE :"usr" WITH LOGIN PASSWORD :'pw';
SQL
fi

# 4. Database owned by the role.
db_msg=""
if [[ "$FRESH" == true ]]; then
  su_sql postgres <<'SQL'
SET client_min_messages = warning;
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
SQL
  db_msg="dropped and "
fi
db_exists=$(su_sql postgres <<'SQL'
SELECT count(*) FROM pg_database WHERE datname = :'db';
SQL
)
if [[ "$db_exists" == "1" ]]; then
  db_owner=$(su_sql postgres <<'SQL'
SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :'db';
SQL
)
  if [[ "$db_owner" != "$DB_USER" ]]; then
    su_sql postgres <<'SQL'
ALTER DATABASE :"db" OWNER TO :"usr";
SQL
    db_msg="database $DB_NAME exists (owner changed from $db_owner to $DB_USER)"
  else
    db_msg="database $DB_NAME exists"
  fi
else
  template_encoding=$(su_sql postgres <<'SQL'
SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'template1';
SQL
)
  if [[ "$template_encoding" == "UTF8" ]]; then
    su_sql postgres <<'SQL'
CREATE DATABASE :"db" OWNER :"usr";
SQL
  else
    su_sql postgres <<'SQL'
CREATE DATABASE :"db" OWNER :"usr" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
SQL
  fi
  db_msg="database $DB_NAME ${db_msg}created"
fi

# 5. Extensions later features rely on (must be created by a superuser).
su_sql "$DB_NAME" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SQL

log "PostgreSQL on $HOST:$PORT: $role_msg; $db_msg (owner $DB_USER); extension pg_trgm present"
log "JDBC URL: jdbc:postgresql://$HOST:$PORT/$DB_NAME (user $DB_USER)"
