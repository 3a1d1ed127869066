#!/usr/bin/env bash
# Builds an agent installer with the collector address, its CA and an enrollment token baked in.
#
#   packaging/build-installer.sh --type deb|rpm|msi|pkg --collector HOST:PORT --ca ca.pem \
#       [--enroll-token TOKEN] [--interval SECONDS] [--out DIR]
#
# Runs on the target OS (jpackage builds deb/rpm on Linux, msi on Windows with WiX, pkg on macOS).
# Needs JDK 21+ jpackage for --launcher-as-service: set JPACKAGE or JAVA_HOME, else the newest JDK
# under /usr/lib/jvm is used. The bundled runtime is made by jlink, so laptops need no Java.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

type="" collector="" ca="" token="" interval=300 out="$here/target/installers"
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type=$2; shift 2 ;;
    --collector) collector=$2; shift 2 ;;
    --ca) ca=$2; shift 2 ;;
    --enroll-token) token=$2; shift 2 ;;
    --interval) interval=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build-installer: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$type" in deb|rpm|msi|pkg) ;; *) echo "build-installer: --type must be deb, rpm, msi or pkg" >&2; exit 2 ;; esac
[[ "$collector" =~ ^[^:]+:[0-9]+$ ]] || { echo "build-installer: --collector must be HOST:PORT, got '$collector'" >&2; exit 2; }
[ -r "$ca" ] || { echo "build-installer: --ca '$ca' is not a readable file (use the collector's DATA_DIR/ca.pem)" >&2; exit 2; }
[[ "$interval" =~ ^[0-9]+$ ]] || { echo "build-installer: --interval must be whole seconds" >&2; exit 2; }

jpackage=${JPACKAGE:-}
if [ -z "$jpackage" ] && [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then jpackage="$JAVA_HOME/bin/jpackage"; fi
if [ -z "$jpackage" ]; then jpackage=$(ls -d /usr/lib/jvm/*/bin/jpackage 2>/dev/null | sort -V | tail -n 1 || true); fi
[ -x "$jpackage" ] || { echo "build-installer: no jpackage found; set JPACKAGE or JAVA_HOME to a JDK 21+" >&2; exit 2; }

jar="$root/agent/target/farmguard-agent.jar"
[ -r "$jar" ] || { echo "build-installer: $jar is missing; run ./mvnw -B package first" >&2; exit 2; }
version=$(sed -n "/<artifactId>farmguard-parent<\/artifactId>/{n;s:.*<version>\([0-9.]*\).*:\1:p;q}" "$root/pom.xml")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/input" "$out"
cp "$jar" "$work/input/"
cp "$ca" "$work/input/collector-ca.pem"

# Per-OS state directory: where the agent keeps its identity, key, certificate and spool.
case "$type" in
  deb|rpm) state=/var/lib/farmguard-agent ;;
  pkg) state=/var/db/farmguard-agent ;;
  msi) state='C:\ProgramData\FarmguardAgent' ;;
esac
args=(run --collector "$collector" --ca '$APPDIR/collector-ca.pem' --state-dir "$state" --interval "$interval")
[ -n "$token" ] && args+=(--enroll-token "$token")

opts=(--type "$type" --name farmguard-agent --app-version "$version" --vendor Farmguard
      --description "Farmguard endpoint agent: reports laptop-farm signals to the collector"
      --input "$work/input" --main-jar farmguard-agent.jar --main-class dev.farmguard.agent.cli.AgentMain
      --arguments "${args[*]}" --launcher-as-service --dest "$out"
      --add-modules java.base,java.logging,java.management,java.naming,java.xml,jdk.crypto.ec,jdk.unsupported,java.net.http
      --java-options "-Xmx96m -XX:+UseSerialGC")
case "$type" in
  deb) opts+=(--resource-dir "$here/linux" --linux-package-name farmguard-agent --linux-deb-maintainer security@example.invalid --linux-app-category admin) ;;
  rpm) opts+=(--resource-dir "$here/linux" --linux-package-name farmguard-agent --linux-rpm-license-type Apache-2.0) ;;
  msi) opts+=(--win-per-user-install false --win-upgrade-uuid 3b0c6f2e-52a1-4d2e-9a35-7f1f0c2a9e11) ;;
  pkg) opts+=(--mac-package-identifier dev.farmguard.agent) ;;
esac

"$jpackage" "${opts[@]}"
ls -1 "$out"
