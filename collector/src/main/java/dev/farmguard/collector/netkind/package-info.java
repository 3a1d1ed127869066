/**
 * Kinds of networks whose public addresses are not where one person sits: VPN exits, hosting, and mobile carriers
 * (carrier-grade NAT puts unrelated people behind one address). The collector ships a list of autonomous systems
 * by kind as data ({@code /catalog/network-kinds.tsv}: a maintained public VPN/hosting list plus curated mobile
 * carriers, each entry with its source); {@link dev.farmguard.collector.netkind.NetworkKinds} is the table in
 * effect after the configuration's file and exclusions, and {@link dev.farmguard.collector.netkind.AsnListImport}
 * turns the upstream list's own format into ours ({@code farmguard-collector asn-list import}).
 */
package dev.farmguard.collector.netkind;
