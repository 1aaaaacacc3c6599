#!/usr/bin/env bash
# Make sure a local PostgreSQL runs and holds database DBNAME, owned by the MDM owner role, usable by the app role.
#
# Usage: ensure-db.sh [--fresh] DBNAME
#   --fresh   drop DBNAME first (DROP DATABASE ... WITH (FORCE)) and create it empty
#
# Environment: MDM_DB_HOST (127.0.0.1), MDM_DB_PORT (5432), MDM_DB_USER (mdm), MDM_DB_PASSWORD (mdm): the
# application's login role, which owns nothing; MDM_DB_OWNER_USER (mdm_owner), MDM_DB_OWNER_PASSWORD (mdm_owner):
# the role that owns DBNAME and runs the migrations. An existing DBNAME whose tables the app role owns is handed over.
# Starts an installed but stopped Debian/Ubuntu cluster (pg_ctlcluster); installs PostgreSQL with
# apt-get when it is missing and we are root or have sudo. Also creates extension pg_trgm in DBNAME.
# Idempotent: running it again changes nothing (except --fresh, which always recreates DBNAME).
set -euo pipefail

HOST="${MDM_DB_HOST:-127.0.0.1}"
PORT="${MDM_DB_PORT:-5432}"
DB_USER="${MDM_DB_USER:-mdm}"
DB_PASSWORD="${MDM_DB_PASSWORD:-mdm}"
DB_OWNER="${MDM_DB_OWNER_USER:-mdm_owner}"
DB_OWNER_PASSWORD="${MDM_DB_OWNER_PASSWORD:-mdm_owner}"

log() { echo "ensure-db: $*"; }
die() { echo "ensure-db: ERROR: $*" >&2; exit 1; }
usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

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
[[ "$DB_OWNER" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "MDM_DB_OWNER_USER '$DB_OWNER' must be a plain identifier (letters, digits, _)"
[[ "$DB_OWNER" != "$DB_USER" ]] || die "MDM_DB_OWNER_USER and MDM_DB_USER must be different roles"

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
  (cd / && "${PSQL_SU[@]}" -d "$db" -v db="$DB_NAME" -v usr="$DB_USER" -v pw="$DB_PASSWORD" \
      -v own="$DB_OWNER" -v ownpw="$DB_OWNER_PASSWORD" -f -)
}

# 3. Login roles: the owner (migrations) and the application (owns nothing, no role or database creation).
#    Created in a block that tolerates a concurrent run having just created the same role.
su_sql postgres <<'SQL'
\o /dev/null
SELECT set_config('mdm.usr', :'usr', false), set_config('mdm.own', :'own', false);
\o
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY[current_setting('mdm.usr'), current_setting('mdm.own')] LOOP
    BEGIN
      EXECUTE format('CREATE ROLE %I LOGIN', r);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END LOOP;
END $$;
ALTER ROLE :"usr" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw';
ALTER ROLE :"own" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'ownpw';
SQL
role_msg="roles $DB_OWNER (owner) and $DB_USER (application) present"

# 4. Database owned by the owner role.
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
  if [[ "$db_owner" != "$DB_OWNER" ]]; then
    su_sql postgres <<'SQL'
ALTER DATABASE :"db" OWNER TO :"own";
SQL
    db_msg="database $DB_NAME exists (owner changed from $db_owner to $DB_OWNER)"
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
CREATE DATABASE :"db" OWNER :"own";
SQL
  else
    su_sql postgres <<'SQL'
CREATE DATABASE :"db" OWNER :"own" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
SQL
  fi
  db_msg="database $DB_NAME ${db_msg}created"
fi

# 5. Extensions later features rely on (must be created by a superuser).
su_sql "$DB_NAME" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SQL

# 6. The app role may connect and use the schema, never create in it; objects it owns from before the roles
#    were split (an older local database) are handed to the owner. The table privileges themselves are granted
#    by the application after each migration (db/grants.sql), since only then do the tables exist.
su_sql "$DB_NAME" <<'SQL'
SET client_min_messages = warning;
\o /dev/null
SELECT set_config('mdm.usr', :'usr', false), set_config('mdm.own', :'own', false);
\o
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"usr";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM :"usr";
GRANT USAGE ON SCHEMA public TO :"usr";
DO $$
DECLARE o record;
BEGIN
  FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
             AND pg_get_userbyid(c.relowner) = current_setting('mdm.usr') LOOP
    EXECUTE format('ALTER %s %I OWNER TO %I',
                   CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                   o.relname, current_setting('mdm.own'));
  END LOOP;
  FOR o IN SELECT p.oid::regprocedure AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = current_setting('mdm.usr') LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', o.fn, current_setting('mdm.own'));
  END LOOP;
  IF (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public') = current_setting('mdm.usr') THEN
    EXECUTE format('ALTER SCHEMA public OWNER TO %I', current_setting('mdm.own'));
  END IF;
END $$;
SQL

log "PostgreSQL on $HOST:$PORT: $role_msg; $db_msg (owner $DB_OWNER, used by $DB_USER); extension pg_trgm present"
log "JDBC URL: jdbc:postgresql://$HOST:$PORT/$DB_NAME (application user $DB_USER, migrations as $DB_OWNER)"
