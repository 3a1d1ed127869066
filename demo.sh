#!/usr/bin/env bash
# Builds Farmguard and runs a local demo: a collector with an embedded store in a temporary
# directory, an agent on this machine enrolled with a one-use token and reporting to it every 30 s
# over mutual TLS, and the dashboard.
# Stop with Ctrl-C; everything it started is stopped and the temporary directory removed.
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -B -q -DskipTests package

data=$(mktemp -d -t farmguard-demo.XXXXXX)
agent_state="$data/agent-state"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT INT TERM

java -jar collector/target/farmguard-collector.jar serve --data "$data" \
  --agent-listen 127.0.0.1:0 --api-listen 127.0.0.1:0 >"$data/collector.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 100); do
  [ -s "$data/listen.json" ] && break
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$data/collector.log" >&2; exit 1; }
  sleep 0.2
done
[ -s "$data/listen.json" ] || { echo "collector did not start; log:" >&2; cat "$data/collector.log" >&2; exit 1; }

agent_addr=$(sed -E 's/.*"agent" *: *"([^"]+)".*/\1/' "$data/listen.json")
api_addr=$(sed -E 's/.*"api" *: *"([^"]+)".*/\1/' "$data/listen.json")

# An enrollment token for this one agent, created through the API with the admin token (as IT would).
admin_token=$(cat "$data/admin.token")
enroll_token=$(curl -sf --cacert "$data/ca.pem" -H "Authorization: Bearer $admin_token" \
  -H "Content-Type: application/json" -d '{"note": "demo agent", "maxUses": 1}' \
  "https://$api_addr/api/v1/enrollment-tokens" | sed -E 's/.*"token" *: *"([^"]+)".*/\1/') || true
[ -n "$enroll_token" ] || { echo "could not create an enrollment token; log:" >&2; cat "$data/collector.log" >&2; exit 1; }

java -jar agent/target/farmguard-agent.jar run --collector "$agent_addr" --ca "$data/ca.pem" \
  --state-dir "$agent_state" --interval 30 --enroll-token "$enroll_token" >"$data/agent.log" 2>&1 &
pids+=($!)

cat <<TXT

Farmguard demo is running (data in $data).
  Dashboard:  https://$api_addr/   (the collector's own CA: $data/ca.pem)
  API:        https://$api_addr/api/v1/devices
  Admin token: $(cat "$data/admin.token")
  Try:        curl --cacert $data/ca.pem -H "Authorization: Bearer \$(cat $data/admin.token)" https://$api_addr/api/v1/devices
  Logs:       $data/collector.log  $data/agent.log

Press Ctrl-C to stop.
TXT
wait "${pids[0]}"
