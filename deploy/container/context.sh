#!/usr/bin/env bash
# Assembles the image build context in mdm-server/target/image-context from the provisioned server and the WAR
# (run `mvn -f mdm-server/pom.xml package -DskipTests` first). Only what the Containerfile copies goes in: the
# server without its runtime state (data, log, tmp, configuration history), the WAR, the scripts.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${1:-$root/mdm-server/target/image-context}
server=$root/mdm-server/target/server
war=$root/mdm-server/target/mdm-server.war
for needed in "$server/bin/standalone.sh" "$war"; do
  [[ -e $needed ]] || { echo "context.sh: $needed is missing; run mvn -f mdm-server/pom.xml package first" >&2; exit 1; }
done
rm -rf "$target"
mkdir -p "$target"
cp -a "$server" "$target/server"
rm -rf "$target/server/standalone/data" "$target/server/standalone/log" "$target/server/standalone/tmp" \
       "$target/server/standalone/configuration/standalone_xml_history" "$target/server/standalone/deployments/"*
# deployments an Arquillian run recorded in standalone.xml point at content that is not copied: cut them
perl -0pi -e 's{\s*<deployments>.*?</deployments>}{}s' "$target/server/standalone/configuration/standalone.xml"
cp "$war" "$target/mdm-server.war"
cp "$here/Containerfile" "$here/entrypoint.sh" "$here/healthcheck.sh" "$target/"
echo "$target"
