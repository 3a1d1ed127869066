#!/usr/bin/env bash
# Builds a real .deb with build-installer.sh and checks what IT would deploy: the hardened systemd unit,
# the jar, the pinned CA and the baked-in collector arguments. Skips (exit 0, says so) where no
# JDK 21+ jpackage or no dpkg-deb exists, since installers are built on their target OS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jp=$(ls -d /usr/lib/jvm/*/bin/jpackage 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$jp" ] || ! command -v dpkg-deb >/dev/null || ! "$jp" --help 2>/dev/null | grep -q -- --launcher-as-service; then
  echo "installer test skipped: needs dpkg-deb and a jpackage with --launcher-as-service"; exit 0
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/k.pem" \
  -out "$work/ca.pem" -subj /CN=installer-test -days 1 2>/dev/null
JPACKAGE="$jp" "$here/build-installer.sh" --type deb --collector collector.example.com:9443 --ca "$work/ca.pem" \
  --enroll-token test-token --interval 120 --out "$work/out" >/dev/null
deb=$(ls "$work"/out/*.deb)
dpkg-deb -x "$deb" "$work/x"
fail() { echo "installer test FAILED: $1" >&2; exit 1; }
unit=$(ls "$work"/x/lib/systemd/system/*.service 2>/dev/null | head -n 1)
[ -n "$unit" ] || fail "no systemd unit in $deb"
grep -q '^CapabilityBoundingSet=CAP_DAC_READ_SEARCH CAP_SYS_PTRACE$' "$unit" || fail "unit is not the hardened template"
grep -q '^ExecStart=/opt/farmguard-agent/bin/farmguard-agent$' "$unit" || fail "unit does not start the launcher"
cfg="$work/x/opt/farmguard-agent/lib/app/farmguard-agent.cfg"
[ -f "$work/x/opt/farmguard-agent/lib/app/farmguard-agent.jar" ] || fail "agent jar missing"
cmp -s "$work/ca.pem" "$work/x/opt/farmguard-agent/lib/app/collector-ca.pem" || fail "CA not pinned in the package"
for expected in 'arguments=collector.example.com:9443' 'arguments=$APPDIR/collector-ca.pem' \
    'arguments=/var/lib/farmguard-agent' 'arguments=test-token' 'arguments=120'; do
  grep -qxF "$expected" "$cfg" || fail "launcher config lacks '$expected'"
done
echo "installer test passed: $(basename "$deb")"
