#!/usr/bin/env bash
# Builds the collector's tarball from the built jars: farmguard-collector-VERSION.tar.gz with
#   bin/farmguard-collector       launcher (Java 17+ from JAVA_HOME or PATH)
#   lib/farmguard-collector.jar   the collector; lib/farmguard-agent.jar, so 'package' can build agent installers
#   etc/collector.yaml            the documented defaults (collector/collector.example.yaml)
#   systemd/farmguard-collector.service
#
#   packaging/collector/build-tarball.sh [OUTDIR]      (default packaging/target)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/packaging/target}
for jar in collector/target/farmguard-collector.jar agent/target/farmguard-agent.jar; do
  [ -r "$root/$jar" ] || { echo "build-tarball: $jar is missing; run ./mvnw -B -DskipTests package first" >&2; exit 2; }
done
version=$(sed -n "/<artifactId>farmguard-parent<\/artifactId>/{n;s:.*<version>\([^<]*\)<.*:\1:p;q}" "$root/pom.xml")
name=farmguard-collector-$version
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/$name"/{bin,lib,etc,systemd} "$out"
install -m 0755 "$here/farmguard-collector" "$work/$name/bin/"
install -m 0644 "$root/collector/target/farmguard-collector.jar" "$root/agent/target/farmguard-agent.jar" "$work/$name/lib/"
install -m 0644 "$root/collector/collector.example.yaml" "$work/$name/etc/collector.yaml"
install -m 0644 "$here/farmguard-collector.service" "$work/$name/systemd/"
tar -C "$work" --owner=0 --group=0 -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz"
