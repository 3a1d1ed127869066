package dev.farmguard.collector.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names the server certificate carries: loopback names, this host's name, and configured extras. */
public final class ServerNames {

    private ServerNames() {}

    public static List<String> forThisHost(List<String> configured) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        String host = hostName();
        if (!host.isEmpty()) {
            names.add(host);
        }
        names.addAll(configured);
        return new ArrayList<>(names);
    }

    /** The OS host name; the kernel's file first (no DNS lookup), then Java's view. */
    public static String hostName() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                String name = Files.readString(kernel).trim();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (IOException e) {
            // fall through to the JDK
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }
}
