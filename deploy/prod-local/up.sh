#!/usr/bin/env bash
# Production mode on one machine: what deploy/kubernetes describes, exercised here.
#   - Keycloak in production mode (`kc.sh build`, then `start --optimized`) on PostgreSQL database
#     mdm_prod_keycloak, HTTP on loopback port 8280 (management 9280); a copy of its own of the distribution,
#     since `kc.sh build` rewrites the distribution it runs from. The development Keycloak on 8180 is not touched.
#   - two hub nodes (port offsets 1600 and 1700: API 9680/9780, management 11590/11690) on database mdm_prod,
#     each with its own node name and transaction node id, one secrets key for both;
#   - haproxy on 127.0.0.1:8480 in front of both, health-checked on each node's /health/ready. haproxy rather
#     than nginx: its open-source version checks a backend's health actively and on another port than the one it
#     forwards to (the management port), which nginx's open-source version cannot; it is Debian's `haproxy`
#     package and is installed by this script when missing (root or sudo).
# Run `mvn -f mdm-server/pom.xml package -DskipTests` first (server, WAR, Keycloak distribution).
# deploy/prod-local/down.sh stops it all. State in .local/prod-local/ (git-ignored); the generated Keycloak admin
# password and secrets key are kept there, readable by the owner only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state=$root/.local/prod-local
server=$root/mdm-server/target/server
war=$root/mdm-server/target/mdm-server.war
kc_dist=$(ls -d "$root"/.local/keycloak/keycloak-* 2>/dev/null | head -1 || true)
proxy_port=${MDM_PROD_PROXY_PORT:-8480}
kc_port=8280
offsets=(1600 1700)

for needed in "$server/bin/standalone.sh" "$war" "$kc_dist/bin/kc.sh"; do
  [[ -e $needed ]] || { echo "up.sh: $needed is missing: run mvn -f mdm-server/pom.xml package -DskipTests" >&2; exit 1; }
done
mkdir -p "$state"
chmod 700 "$state"

secret() { # a value generated once and kept: $1 file
  [[ -s $1 ]] || (umask 077; head -c32 /dev/urandom | base64 > "$1")
  cat "$1"
}
admin_password=$(secret "$state/keycloak-admin-password")
secrets_key=$(secret "$state/secrets-key")

wait_for() { # $1 what, $2 url, $3 seconds
  for _ in $(seq 1 "$3"); do
    if curl -fsS -o /dev/null "$2"; then return 0; fi
    sleep 1
  done
  echo "up.sh: $1 did not answer at $2 within $3 s" >&2
  return 1
}

# --- PostgreSQL: two databases of their own
bash "$root/deploy/postgres/ensure-db.sh" mdm_prod
bash "$root/deploy/postgres/ensure-db.sh" mdm_prod_keycloak

# --- Keycloak, production mode
kc_home=$state/keycloak
if [[ ! -d $kc_home ]]; then
  cp -a "$kc_dist" "$kc_home"
  rm -rf "$kc_home/data"
fi
if ! curl -fsS -o /dev/null "http://127.0.0.1:$kc_port/realms/mdm"; then
  mkdir -p "$kc_home/data/import"
  cp "$root/deploy/keycloak/mdm-realm.json" "$kc_home/data/import/"
  # build-time options: the database vendor and health endpoints are baked into the optimized server
  "$kc_home/bin/kc.sh" build --db=postgres --health-enabled=true --metrics-enabled=true > "$state/keycloak-build.log" 2>&1
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$admin_password \
  KC_DB_URL=jdbc:postgresql://127.0.0.1:5432/mdm_prod_keycloak KC_DB_USERNAME=${MDM_DB_USER:-mdm} \
  KC_DB_PASSWORD=${MDM_DB_PASSWORD:-mdm} \
    nohup "$kc_home/bin/kc.sh" start --optimized --import-realm \
      --http-enabled=true --http-host=127.0.0.1 --http-port=$kc_port --http-management-port=9280 \
      --hostname=http://localhost:$kc_port --hostname-strict=false \
      > "$state/keycloak.log" 2>&1 < /dev/null &
  echo $! > "$state/keycloak.pid"
  wait_for Keycloak "http://127.0.0.1:$kc_port/realms/mdm" 300
fi

# --- two hub nodes on one database
for i in 0 1; do
  offset=${offsets[$i]}
  name=prod-node-$((i + 1))
  base=$state/$name
  if curl -fsS -o /dev/null "http://127.0.0.1:$((9990 + offset))/health/ready"; then continue; fi
  rm -rf "$base"
  mkdir -p "$base/deployments"
  cp -a "$server/standalone/configuration" "$base/configuration"
  rm -rf "$base/configuration/standalone_xml_history"
  perl -0pi -e 's{\s*<deployments>.*?</deployments>}{}s' "$base/configuration/standalone.xml"
  cp "$war" "$base/deployments/mdm-server.war"
  MDM_DB_URL=jdbc:postgresql://127.0.0.1:5432/mdm_prod MDM_NODE_ID=$name MDM_SECRETS_KEY=$secrets_key \
  MDM_OIDC_PROVIDER_URL=http://localhost:$kc_port/realms/mdm JAVA_OPTS="-Xms64m -Xmx768m -Djava.net.preferIPv4Stack=true" \
    nohup "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.node.name="$name" \
      -Djboss.socket.binding.port-offset="$offset" -b 127.0.0.1 -bmanagement 127.0.0.1 \
      > "$state/$name.log" 2>&1 < /dev/null &
  echo $! > "$state/$name.pid"
  # one after the other: the first migrates the schema, the second finds it current
  wait_for "$name" "http://127.0.0.1:$((9990 + offset))/health/ready" 600
done

# --- haproxy in front
if ! command -v haproxy > /dev/null; then
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y haproxy > "$state/apt.log" 2>&1
  else sudo apt-get install -y haproxy > "$state/apt.log" 2>&1; fi
fi
cat > "$state/haproxy.cfg" <<CFG
global
  maxconn 2000
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend mdm
  bind 127.0.0.1:$proxy_port
  default_backend hub
backend hub
  balance roundrobin
  option httpchk GET /health/ready
  server prod-node-1 127.0.0.1:$((8080 + offsets[0])) check port $((9990 + offsets[0])) inter 2s fall 2 rise 2
  server prod-node-2 127.0.0.1:$((8080 + offsets[1])) check port $((9990 + offsets[1])) inter 2s fall 2 rise 2
CFG
if [[ -s $state/haproxy.pid ]] && kill -0 "$(cat "$state/haproxy.pid")" 2>/dev/null; then
  kill "$(cat "$state/haproxy.pid")"
fi
haproxy -D -f "$state/haproxy.cfg" -p "$state/haproxy.pid"
wait_for haproxy "http://127.0.0.1:$proxy_port/openapi" 30

echo "production mode up:"
echo "  hub (two nodes behind haproxy): http://127.0.0.1:$proxy_port/api/v1"
echo "  Keycloak (production mode, PostgreSQL mdm_prod_keycloak): http://localhost:$kc_port (admin password in $state/keycloak-admin-password)"
echo "  nodes: http://127.0.0.1:$((9990 + offsets[0]))/health/ready  http://127.0.0.1:$((9990 + offsets[1]))/health/ready"
