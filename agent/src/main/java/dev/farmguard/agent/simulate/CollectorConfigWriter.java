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
          # A valid collector configuration file: `farmguard-collector serve --config collector-config.yaml ...`
          # (keys as in the collector's collector.example.yaml, section `detection`).
          #   office-networks[]   an office: devices there are expected to share networks (co-location excepted)
          #   sanctioned-tools[]  remote-access tools IT runs itself, with IT's helpdesk ids and networks
          #   vpn-hosting-asns[]  ASNs of VPN exits and hosting in the simulated GeoIP data
          """);
      w.write("detection:\n");
      w.write("  office-networks:\n");
      for (Employers.Employer e : employers) {
        for (Employers.Office o : e.offices()) {
          w.write("    # " + e.name() + ", " + o.place().city() + "\n");
          w.write("    - name: " + o.name() + "\n");
          w.write("      public-cidrs: [" + quote(o.publicCidr()) + "]\n");
          w.write("      gateway-macs: [" + quote(o.gatewayMac()) + "]\n");
          w.write("      bssids: [" + o.bssids().stream().map(CollectorConfigWriter::quote).collect(Collectors.joining(", "))
              + "]\n");
        }
      }
      Employers.Office it = Employers.itOffice(employers);
      w.write("  sanctioned-tools:\n");
      w.write("    - tool: " + Employers.SANCTIONED_TOOL + "\n");
      w.write("      description: \"group IT helpdesk\"\n");
      w.write("      peer-ids: [" + itPeerIds.stream().map(CollectorConfigWriter::quote).collect(Collectors.joining(", ")) + "]\n");
      w.write("      source-networks: [" + quote(it.publicCidr()) + "]\n");
      w.write("  vpn-hosting-asns:\n");
      w.write("    - {asn: " + NetworkPlan.ASTRILL_ASN + ", organization: " + quote(NetworkPlan.ASTRILL_ORG) + ", kind: vpn-exit}\n");
      w.write("    - {asn: " + NetworkPlan.PRIVACY_VPN_ASN + ", organization: " + quote(NetworkPlan.PRIVACY_VPN_ORG)
          + ", kind: vpn-exit}\n");
      w.write("    - {asn: " + NetworkPlan.RELAY_ASN + ", organization: " + quote(NetworkPlan.RELAY_ORG) + ", kind: hosting}\n");
    }
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
