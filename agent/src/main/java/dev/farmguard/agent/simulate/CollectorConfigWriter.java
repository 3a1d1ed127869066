package dev.farmguard.agent.simulate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes collector-config.yaml: the simulated companies' office networks (public CIDRs, gateway
 * MACs, BSSIDs), group IT's sanctioned remote-support tool, and the VPN/hosting ASNs of the
 * simulated GeoIP data. Keys are documented in the file header.
 */
final class CollectorConfigWriter {

  private CollectorConfigWriter() {}

  static void write(Path file, List<Employers.Employer> employers, List<String> itPeerIds) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("""
          # Written by `farmguard-agent simulate`: what the simulated companies would configure in the collector.
          # Keys:
          #   officeNetworks[]    an office: devices there are expected to share networks (co-location excepted)
          #     name              short name
          #     employer          company name
          #     city              office city
          #     publicCidrs       public (NAT) networks of the office
          #     gatewayMacs       MAC addresses of the office routers (default gateway)
          #     bssids            office Wi-Fi access points
          #   sanctionedTools[]   remote-access tools IT runs itself
          #     tool              catalog id
          #     peerIds           remote ids of IT's helpdesk accounts
          #     sourceNetworks    networks IT connects from
          #   vpnHostingAsns[]    ASNs of VPN exits and hosting in the simulated GeoIP data
          #     asn, organization, kind (vpn-exit | hosting)
          """);
      w.write("officeNetworks:\n");
      for (Employers.Employer e : employers) {
        for (Employers.Office o : e.offices()) {
          w.write("  - name: " + o.name() + "\n");
          w.write("    employer: " + quote(e.name()) + "\n");
          w.write("    city: " + quote(o.place().city()) + "\n");
          w.write("    publicCidrs: [" + quote(o.publicCidr()) + "]\n");
          w.write("    gatewayMacs: [" + quote(o.gatewayMac()) + "]\n");
          w.write("    bssids: [" + o.bssids().stream().map(CollectorConfigWriter::quote).collect(Collectors.joining(", "))
              + "]\n");
        }
      }
      Employers.Office it = Employers.itOffice(employers);
      w.write("sanctionedTools:\n");
      w.write("  - tool: " + Employers.SANCTIONED_TOOL + "\n");
      w.write("    description: \"group IT helpdesk\"\n");
      w.write("    peerIds: [" + itPeerIds.stream().map(CollectorConfigWriter::quote).collect(Collectors.joining(", ")) + "]\n");
      w.write("    sourceNetworks: [" + quote(it.publicCidr()) + "]\n");
      w.write("vpnHostingAsns:\n");
      w.write("  - {asn: " + NetworkPlan.ASTRILL_ASN + ", organization: " + quote(NetworkPlan.ASTRILL_ORG) + ", kind: vpn-exit}\n");
      w.write("  - {asn: " + NetworkPlan.PRIVACY_VPN_ASN + ", organization: " + quote(NetworkPlan.PRIVACY_VPN_ORG)
          + ", kind: vpn-exit}\n");
      w.write("  - {asn: " + NetworkPlan.RELAY_ASN + ", organization: " + quote(NetworkPlan.RELAY_ORG) + ", kind: hosting}\n");
    }
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
