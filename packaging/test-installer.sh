#!/usr/bin/env bash
# The agent's deb as IT gets it from 'farmguard-collector package --type deb': contents, maintainer scripts, then
# install, upgrade, remove and purge in a throw-away root without systemd (dpkg --root --force-script-chrootless:
# the scripts run here with $DPKG_ROOT set, as for image builds), running the installed launcher in between.
# Also checks the jpackage options the collector uses exist in this JDK's jpackage (for every OS, from its help
# text), and the unit with systemd-analyze where present. Skips (exit 0, says so) without jpackage 21+ or dpkg.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
fail() { echo "installer test FAILED: $1" >&2; exit 1; }
step() { echo "installer test: $1 ($(( SECONDS ))s)"; }

jdk=""
for candidate in ${JAVA_HOME:-} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release" 2>/dev/null || true)
  if [ -x "$candidate/bin/jpackage" ] && [ "${v:-0}" -ge 21 ]; then jdk=${candidate%/}; break; fi
done
if [ -z "$jdk" ] || ! command -v dpkg >/dev/null; then
  echo "installer test skipped: needs dpkg and a JDK 21+ with jpackage"; exit 0
fi
collector_jar="$root/collector/target/farmguard-collector.jar"
agent_jar="$root/agent/target/farmguard-agent.jar"
[ -r "$collector_jar" ] && [ -r "$agent_jar" ] || fail "build the jars first (./mvnw -B -DskipTests package)"

# 1. Every jpackage option the collector passes exists in this jpackage, whatever OS it is for (jpackage --help
#    lists only this OS's options; its help resources hold all of them).
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$jdk/bin/jimage" extract --dir "$work/jimage" --include 'regex:.*/HelpResources.properties' "$jdk/lib/modules"
help=$(find "$work/jimage" -name HelpResources.properties)
options=$(grep -o '"--[a-z-]*"' "$root/collector/src/main/java/dev/farmguard/collector/dist/AgentInstaller.java" \
  | tr -d '"' | grep -v -e '--enable-native-access' -e '--sun-misc' -e '--strip' -e '--no-' -e '--compress' | sort -u)
[ -n "$options" ] || fail "found no jpackage options in AgentInstaller.java"
for option in $options; do
  grep -q -- "  $option\b" "$help" || fail "jpackage $("$jdk/bin/jpackage" --version) has no option $option"
done
step "jpackage options exist: $(echo $options | wc -w) checked"
# ... and the CI workflow that builds msi and pkg passes only options 'package' has.
workflow="$root/.github/workflows/installers.yml"
package_help=$("$jdk/bin/java" -jar "$collector_jar" package --help)
used=$(sed -n '/farmguard-collector.jar package/,/^ *$/p' "$workflow" | grep -o -- ' --[a-z-]*' | sort -u)
[ -n "$used" ] || fail "found no 'package' command in $workflow"
for option in $used; do
  grep -q -- "$option" <<< "$package_help" || fail "$workflow passes $option, which 'package' does not have"
done
step "workflow options exist: $(echo $used | wc -w) checked"

# 2. Build the deb like IT does (fast compression: the test checks behaviour, not size).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/k.pem" \
  -out "$work/ca.pem" -subj /CN=installer-test -days 1 2>/dev/null
DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 "$jdk/bin/java" -jar "$collector_jar" package --type deb \
  --collector collector.example.com:9443 --data "$work/data" --ca "$work/ca.pem" --enroll-token fge_installer_test \
  --out "$work/out" --agent-jar "$agent_jar" --jpackage "$jdk/bin/jpackage" > "$work/package.log" 2>&1 \
  || { cat "$work/package.log" >&2; fail "package --type deb failed"; }
deb=$(ls "$work"/out/*.deb)
step "built $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# 3. Contents and maintainer scripts.
dpkg-deb -x "$deb" "$work/x"
dpkg-deb -e "$deb" "$work/control"
app="$work/x/opt/farmguard-agent/lib/app"
[ -f "$app/farmguard-agent.jar" ] || fail "agent jar missing"
cmp -s "$work/ca.pem" "$app/collector-ca.pem" || fail "CA not in the package"
pin=$(openssl x509 -in "$work/ca.pem" -noout -fingerprint -sha256 | cut -d= -f2)
grep -qxF "ca-fingerprint = $pin" "$app/agent.conf" || fail "agent.conf does not pin the CA's SHA-256 ($pin)"
grep -qxF "enroll-token = fge_installer_test" "$app/agent.conf" || fail "agent.conf lacks the token"
grep -qxF "state-dir = /var/lib/farmguard-agent" "$app/agent.conf" || fail "agent.conf lacks the state directory"
cfg="$app/farmguard-agent.cfg"
! grep -q fge_installer_test "$cfg" || fail "the token is on the launcher's command line"
for expected in 'arguments=run' 'arguments=--config' 'arguments=$APPDIR/agent.conf'; do
  grep -qxF "$expected" "$cfg" || fail "launcher config lacks '$expected'"
done
grep -q 'java-options=--enable-native-access=ALL-UNNAMED' "$cfg" || fail "launcher does not grant native access"
unit="$app/farmguard-agent.service"
grep -q '^CapabilityBoundingSet=CAP_DAC_READ_SEARCH CAP_SYS_PTRACE$' "$unit" || fail "unit is not the hardened one"
grep -q '^ExecStart=/opt/farmguard-agent/bin/farmguard-agent$' "$unit" || fail "unit does not start the launcher"
grep -q '^Restart=on-failure$' "$unit" || fail "unit does not restart on failure"
[ ! -d "$work/x/lib/systemd" ] || fail "jpackage's own farmguard-agent-farmguard-agent.service is in the package"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "no $script"
  sh -n "$work/control/$script" || fail "$script is not valid sh"
  grep -q '/run/systemd/system' "$work/control/$script" || fail "$script does not check for a running systemd"
done
! grep -q 'Depends:.*systemd' "$work/control/control" || fail "the package depends on systemd"
if command -v systemd-analyze >/dev/null; then
  # verify checks that ExecStart exists: point it at the extracted launcher, the rest of the unit as shipped
  mkdir -p "$work/sa"
  sed "s|^ExecStart=/opt/|ExecStart=$work/x/opt/|" "$unit" > "$work/sa/farmguard-agent.service"
  SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$work/sa/farmguard-agent.service" \
    > "$work/verify.log" 2>&1 || { cat "$work/verify.log" >&2; fail "systemd-analyze verify rejects the unit"; }
  ! grep "farmguard-agent.service" "$work/verify.log" || fail "systemd-analyze warns about the unit"
  step "systemd-analyze verify passed"
fi
step "contents checked"

# 4. Install into a throw-away root where systemd does not run.
r="$work/root"
mkdir -p "$r/var/lib/dpkg/info" "$r/var/lib/dpkg/updates"
touch "$r/var/lib/dpkg/status" "$r/var/lib/dpkg/available"
inroot() { dpkg --root="$r" --force-script-chrootless --force-depends --force-not-root --log=/dev/null "$@"; }
inroot -i "$deb" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "install failed"; }
grep -q "systemd is not running here\|no systemd here" "$work/install.log" || fail "install did not say systemd is absent"
[ -f "$r/usr/lib/systemd/system/farmguard-agent.service" ] || fail "unit not installed as farmguard-agent.service"
[ "$(stat -c %a "$r/opt/farmguard-agent/lib/app/agent.conf")" = 600 ] || fail "agent.conf (with the token) is not 0600"
[ "$(stat -c %a "$r/var/lib/farmguard-agent")" = 700 ] || fail "state directory is not 0700"
if command -v systemctl >/dev/null; then
  [ -L "$r/etc/systemd/system/multi-user.target.wants/farmguard-agent.service" ] || fail "service not enabled for next boot"
fi
step "installed"

# 5. The installed launcher: no JVM warnings, a snapshot, and its configuration accepted.
launcher="$r/opt/farmguard-agent/bin/farmguard-agent"
"$launcher" --version > "$work/version.out" 2> "$work/version.err" || fail "--version failed"
grep -q '^farmguard-agent ' "$work/version.out" || fail "--version printed $(cat "$work/version.out")"
"$launcher" snapshot --json --state-dir "$r/var/lib/farmguard-agent" > "$work/snapshot.json" 2> "$work/snapshot.err" \
  || { cat "$work/snapshot.err" >&2; fail "snapshot --json failed"; }
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["deviceId"], d' "$work/snapshot.json" \
  || fail "snapshot --json is not a snapshot"
! grep -h '^WARNING' "$work/version.err" "$work/snapshot.err" || fail "the JVM prints warnings at start"
set +e
"$launcher" run --once --ack-timeout 2 --config "$r/opt/farmguard-agent/lib/app/agent.conf" \
  --state-dir "$work/run-state" > /dev/null 2> "$work/run.err"
code=$?
set -e
[ $code = 1 ] && grep -q 'collector.example.com:9443' "$work/run.err" \
  || { cat "$work/run.err" >&2; fail "the installed configuration was not accepted (exit $code)"; }
device=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["deviceId"])' "$work/snapshot.json")
step "launcher ran: --version, snapshot --json, run --config"

# 6. Upgrade in place keeps the state; remove leaves no unit or link; purge deletes the state and says so.
inroot -i "$deb" > "$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log" >&2; fail "upgrade failed"; }
grep -rq "$device" "$r/var/lib/farmguard-agent" || fail "upgrade lost the device identity"
inroot -r farmguard-agent > "$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "remove failed"; }
[ ! -e "$r/usr/lib/systemd/system/farmguard-agent.service" ] || fail "remove left the unit"
[ -z "$(find "$r/etc" -name farmguard-agent.service 2>/dev/null)" ] || fail "remove left a link to the unit"
[ ! -e "$r/opt/farmguard-agent/bin/farmguard-agent" ] || fail "remove left the launcher"
[ -d "$r/var/lib/farmguard-agent" ] || fail "remove deleted the state (only purge may)"
inroot -P farmguard-agent > "$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "purge failed"; }
grep -q "purged /var/lib/farmguard-agent" "$work/purge.log" || fail "purge did not say what it removed"
[ ! -e "$r/var/lib/farmguard-agent" ] || fail "purge left the state directory"
step "upgrade, remove and purge"
grep -h '^farmguard-agent:' "$work"/{install,upgrade,remove,purge}.log | sed 's/^/  maintainer script said: /' || true

# 7. The collector's tarball: its launcher runs, finds the agent jar for 'package', and its unit verifies. The
#    Dockerfile copies only files that exist.
tarball=$("$root/packaging/collector/build-tarball.sh" "$work/tar")
tar -C "$work/tar" -xzf "$tarball"
home=$(ls -d "$work"/tar/farmguard-collector-*/)
JAVA_HOME="$jdk" "$home/bin/farmguard-collector" --version | grep -q '^farmguard-collector ' || fail "tarball launcher"
JAVA_HOME="$jdk" "$home/bin/farmguard-collector" package --type config --collector c.example:9443 --data "$work/data" \
  --ca "$work/ca.pem" --out "$work/tar-config" > /dev/null 2>&1 || fail "tarball's package --type config failed"
grep -qxF "ca-fingerprint = $pin" "$work/tar-config/agent.conf" || fail "tarball's package did not pin the CA"
[ -f "$home/etc/collector.yaml" ] && [ -f "$home/lib/farmguard-agent.jar" ] || fail "tarball lacks its config or agent jar"
if command -v systemd-analyze >/dev/null; then
  sed "s|^ExecStart=/opt/farmguard-collector/|ExecStart=$home|" "$home/systemd/farmguard-collector.service" \
    > "$work/sa/farmguard-collector.service"
  SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$work/sa/farmguard-collector.service" \
    > "$work/verify-collector.log" 2>&1 || { cat "$work/verify-collector.log" >&2; fail "collector unit rejected"; }
fi
for source in $(sed -n 's/^COPY \(.*\) [^ ]*$/\1/p' "$root/packaging/collector/Dockerfile"); do
  [ -e "$root/$source" ] || fail "Dockerfile copies $source, which does not exist"
done
step "collector tarball $(basename "$tarball"), $(du -k "$tarball" | cut -f1) KiB"
echo "installer test passed: $(basename "$deb") in ${SECONDS}s"
