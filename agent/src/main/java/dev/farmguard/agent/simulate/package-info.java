/**
 * Fleet simulator: {@code farmguard-agent simulate --seed N --out DIR [--devices N] [--days D]
 * [--interval-minutes M] [--start INSTANT] [--employers E] [--scenario-mix NAME=WEIGHT,...]}.
 *
 * <p>Builds {@code farmguard.v1.Snapshot} messages directly (no probes) for a seeded, reproducible
 * fleet and writes into DIR:
 * <ul>
 *   <li>{@code fleet.jsonl}: the replay file of DESIGN.md contract 3, one
 *       {@code {"observedIp":"...","snapshot":{...}}} per line, snapshots in protobuf canonical JSON
 *       without whitespace, ordered by {@code collected_at} (event time from {@code --start}, never
 *       the wall clock), per-device sequence numbers 1, 2, 3...</li>
 *   <li>{@code labels.csv}: {@code device_id,label,scenario}, label {@code farm} or {@code benign}.</li>
 *   <li>{@code roster.csv}: DESIGN.md contract 5, where each employee claims to be.</li>
 *   <li>{@code groups.csv}: {@code device_id,group,group_size,scenario,home_city,home_region}: which
 *       devices share a home (housemates) or a facilitator's address (farm), for fleet-rule scoring.</li>
 *   <li>{@code geoip/}: a GeoLite2-CSV-layout City and ASN database ({@code FarmguardSim-*}) covering
 *       every address the replay uses (observed IPs, remote peers, relays); load it with
 *       {@code --geoip DIR/geoip}.</li>
 *   <li>{@code collector-config.yaml}: office networks, group IT's sanctioned tool, VPN/hosting ASNs.</li>
 * </ul>
 *
 * <p>Scenarios ({@link dev.farmguard.agent.simulate.Scenario}, {@code --list-scenarios}) and their
 * knobs: ordinary remote workers; commuters (office days on the company network); travellers
 * (hotel networks, a transit day each way, domestic or abroad, OS time zone following or not);
 * personal privacy VPNs (exits in hosting ASNs, sometimes abroad); IT support over the sanctioned
 * RMM; housemates sharing a router; Raspberry Pi gadget developers; Toshiba-panel laptops (and TVs,
 * some reporting 0x0 cm); Lanix monitors; late workers; docked clamshell users; and farms of 2..90
 * laptops at one facilitator address: RMM-driven (AnyDesk/TeamViewer/RustDesk/Chrome Remote
 * Desktop, unattended access, inbound sessions from far-away peers whose ids are shared across the
 * farm, sessions lasting days, sometimes RDP), KVM-driven (PiKVM/TinyPilot/JetKVM/NanoKVM with
 * default identities, or renamed keeping the composite and 0x0 cm tells; lid closed, KVM display
 * only, AC), mixed; per farm: Astrill on all/some/no laptops, one employer or several, operators'
 * locale leaking (ko-KR/zh-CN/ru-RU layouts, locale, zone) on some laptops, operators' hours in
 * their own zone or in the claimed US zone, wired or Wi-Fi.
 *
 * <p>Scale: device facts are recomputed from (seed, index) on demand, the plan keeps a few bytes
 * per group and the writer streams, so 100,000 devices need no more heap than 1,000.
 */
package dev.farmguard.agent.simulate;
