package dev.farmguard.agent.probe.network;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code resolv.conf}: the {@code nameserver} lines, in order. */
public final class ResolvConf {

    /** systemd-resolved's local stub; the real upstream servers are in its own resolv.conf. */
    public static final String RESOLVED_STUB = "127.0.0.53";

    private ResolvConf() {
    }

    public static List<String> parseNameservers(List<String> lines) {
        List<String> servers = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length >= 2 && f[0].equals("nameserver") && !servers.contains(f[1])) {
                servers.add(f[1]);
            }
        }
        return servers;
    }
}
