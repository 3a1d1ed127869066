package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.catalog.WildcardPattern;
import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.SoftFiles;
import dev.farmguard.agent.probe.procfs.NetSocket;
import dev.farmguard.agent.probe.services.LinuxServiceUnits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Remote-desktop servers packaged for Linux: xrdp (RDP), GNOME Remote Desktop (RDP), VNC servers (x11vnc,
 * TigerVNC/TightVNC {@code vncserver@:N}, wayvnc) and OpenSSH. Each is reported when its systemd unit is
 * installed or something listens on its port: enabled = the unit (or a template instance) is linked from a
 * {@code *.wants} directory of {@code /etc/systemd/system}; listening = a TCP listener on its port. Ports:
 * xrdp's {@code port=} in {@code /etc/xrdp/xrdp.ini}, sshd's {@code Port} lines, else the defaults (3389,
 * 5900-5909, 22).
 */
final class LinuxOsRemoteDesktops {

    private record Server(String kind, List<String> unitPatterns, Set<Integer> ports) {
    }

    private final Path root;
    private final LinuxServiceUnits units;

    LinuxOsRemoteDesktops(Path root, LinuxServiceUnits units) {
        this.root = root;
        this.units = units;
    }

    List<OsRemoteDesktopInfo> find(List<NetSocket> sockets) {
        Set<Integer> listening = new LinkedHashSet<>();
        sockets.stream().filter(NetSocket::isListener).filter(s -> s.protocol().startsWith("tcp"))
                .forEach(s -> listening.add(s.localPort()));
        Set<Integer> vncPorts = new LinkedHashSet<>();
        for (int port = 5900; port <= 5909; port++) {
            vncPorts.add(port);
        }
        List<Server> servers = List.of(
                new Server("xrdp", List.of("xrdp.service"), xrdpPorts()),
                new Server("rdp", List.of("gnome-remote-desktop*.service"), Set.of(3389)),
                new Server("vnc", List.of("x11vnc*.service", "vncserver*.service", "tigervnc*.service",
                        "tightvnc*.service", "wayvnc*.service", "vino-server.service"), vncPorts),
                new Server("ssh", List.of("ssh.service", "sshd.service", "openssh*.service"), sshPorts()));
        List<String> wanted = wantedUnits();
        List<OsRemoteDesktopInfo> found = new ArrayList<>();
        boolean xrdpFound = false;
        for (Server server : servers) {
            List<WildcardPattern> patterns = server.unitPatterns().stream().map(WildcardPattern::compile).toList();
            boolean installed = !units.find(name -> patterns.stream().anyMatch(p -> p.matches(name))).isEmpty();
            boolean enabled = wanted.stream().anyMatch(name -> patterns.stream().anyMatch(p -> p.matches(name)));
            // an RDP listener belongs to xrdp when xrdp is there, else to whatever RDP server it is
            boolean countsListener = !(server.kind().equals("rdp") && xrdpFound);
            int port = countsListener ? server.ports().stream().filter(listening::contains).findFirst().orElse(0) : 0;
            if (installed || enabled || port != 0) {
                found.add(new OsRemoteDesktopInfo(server.kind(), enabled, port != 0,
                        port != 0 ? port : server.ports().iterator().next()));
                xrdpFound |= server.kind().equals("xrdp");
            }
        }
        return found;
    }

    /** Unit names linked from {@code /etc/systemd/system/*.wants} (template instances included). */
    private List<String> wantedUnits() {
        List<String> names = new ArrayList<>();
        for (Path dir : SoftFiles.list(path("/etc/systemd/system"))) {
            if (dir.getFileName().toString().endsWith(".wants")) {
                SoftFiles.list(dir).forEach(link -> names.add(link.getFileName().toString()));
            }
        }
        return names;
    }

    private Set<Integer> xrdpPorts() {
        Set<Integer> ports = new LinkedHashSet<>();
        boolean globals = false;
        for (String raw : SoftFiles.readLines(path("/etc/xrdp/xrdp.ini"))) {
            String line = raw.trim();
            if (line.startsWith("[")) {
                globals = line.equalsIgnoreCase("[Globals]");
            } else if (globals && line.toLowerCase().startsWith("port=")) {
                String value = line.substring(5).trim();
                int colon = value.lastIndexOf(':');
                port(value.substring(colon + 1)).ifPresent(ports::add);
            }
        }
        if (ports.isEmpty()) {
            ports.add(3389);
        }
        return ports;
    }

    private Set<Integer> sshPorts() {
        List<Path> configs = new ArrayList<>();
        configs.add(path("/etc/ssh/sshd_config"));
        SoftFiles.list(path("/etc/ssh/sshd_config.d")).stream()
                .filter(p -> p.getFileName().toString().endsWith(".conf")).forEach(configs::add);
        Set<Integer> ports = new LinkedHashSet<>();
        for (Path config : configs) {
            for (String raw : SoftFiles.readLines(config)) {
                String[] words = raw.trim().split("\\s+");
                if (words.length >= 2 && words[0].equalsIgnoreCase("Port")) {
                    port(words[1]).ifPresent(ports::add);
                }
            }
        }
        if (ports.isEmpty()) {
            ports.add(22);
        }
        return ports;
    }

    private static java.util.Optional<Integer> port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            return port > 0 && port < 65536 ? java.util.Optional.of(port) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private Path path(String absolute) {
        return OsPaths.under(root, absolute);
    }
}
