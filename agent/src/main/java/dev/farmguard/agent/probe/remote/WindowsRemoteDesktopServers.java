package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.probe.TextTail;
import dev.farmguard.agent.probe.windows.WindowsRegistry;
import dev.farmguard.agent.probe.windows.WindowsService;
import dev.farmguard.agent.probe.windows.WindowsSocket;
import dev.farmguard.agent.probe.windows.WindowsSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The remote-desktop servers Windows ships: Remote Desktop (enabled when {@code fDenyTSConnections} is 0,
 * a group policy value overriding the local one; port from the RDP-Tcp listener) and the OpenSSH server
 * (service {@code sshd}, enabled when it starts automatically; port from {@code sshd_config}).
 */
final class WindowsRemoteDesktopServers {

    static final String TERMINAL_SERVER = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server";
    static final String TERMINAL_SERVICES_POLICY = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services";
    static final String RDP_TCP = TERMINAL_SERVER + "\\WinStations\\RDP-Tcp";
    private static final int RDP_DEFAULT_PORT = 3389;
    private static final int SSH_DEFAULT_PORT = 22;

    private WindowsRemoteDesktopServers() {
    }

    static List<OsRemoteDesktopInfo> read(WindowsSystem system, List<WindowsService> services,
                                          List<WindowsSocket> sockets) {
        List<OsRemoteDesktopInfo> servers = new ArrayList<>();
        WindowsRegistry registry = system.registry();
        int rdpPort = (int) (long) registry.number(RDP_TCP, "PortNumber").orElse((long) RDP_DEFAULT_PORT);
        servers.add(new OsRemoteDesktopInfo("rdp", rdpEnabled(registry), listening(sockets, rdpPort), rdpPort));
        Optional<WindowsService> sshd = services.stream().filter(s -> s.name().equalsIgnoreCase("sshd")).findFirst();
        if (sshd.isPresent()) {
            int port = sshPort(TextTail.lines(system.files().resolve(
                    programData(system) + "\\ssh\\sshd_config"), 1 << 16));
            boolean enabled = sshd.get().startMode().equals("auto") || sshd.get().running();
            servers.add(new OsRemoteDesktopInfo("ssh", enabled, listening(sockets, port), port));
        }
        return servers;
    }

    /** The policy value wins when set; without either value Remote Desktop is off (the default). */
    static boolean rdpEnabled(WindowsRegistry registry) {
        Optional<Long> deny = registry.number(TERMINAL_SERVICES_POLICY, "fDenyTSConnections")
                .or(() -> registry.number(TERMINAL_SERVER, "fDenyTSConnections"));
        return deny.map(value -> value == 0).orElse(false);
    }

    /** The first {@code Port} directive, 22 when none. */
    static int sshPort(List<String> sshdConfig) {
        for (String line : sshdConfig) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 2 && words[0].equalsIgnoreCase("Port") && words[1].matches("\\d{1,5}")) {
                return Integer.parseInt(words[1]);
            }
        }
        return SSH_DEFAULT_PORT;
    }

    private static boolean listening(List<WindowsSocket> sockets, int port) {
        return sockets.stream().anyMatch(s -> s.protocol().startsWith("tcp") && s.isListener() && s.localPort() == port);
    }

    private static String programData(WindowsSystem system) {
        return system.environment().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ProgramData"))
                .map(Map.Entry::getValue).findFirst().orElse("C:\\ProgramData");
    }
}
