package dev.farmguard.agent.probe.procfs;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads every TCP and UDP socket of the network namespace from {@code /proc/net}. */
public final class LinuxSocketTable {

    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");

    private final Path netDir;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxSocketTable(Path root) {
        this.netDir = OsPaths.under(root, "/proc/net");
    }

    /** All sockets; a missing IPv6 table (IPv6 disabled) is normal, a missing IPv4 table is warned about. */
    public List<NetSocket> readAll(ProbeWarnings warnings) {
        List<NetSocket> sockets = new ArrayList<>();
        for (String table : TABLES) {
            Optional<String> text = SoftFiles.read(netDir.resolve(table));
            if (text.isEmpty()) {
                if (!table.endsWith("6")) {
                    warnings.warn("cannot read /proc/net/" + table);
                }
                continue;
            }
            sockets.addAll(ProcNetParser.parse(table, text.get().lines().toList()));
        }
        return sockets;
    }
}
