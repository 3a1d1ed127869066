package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.probe.IpText;
import io.netty.util.NetUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses macOS interfaces: {@code ifconfig -a} blocks ({@code NAME: flags=…<UP,…,RUNNING,…>}, then tab-indented
 * {@code ether}, {@code inet}, {@code inet6}, {@code media}, {@code status} lines) and the Hardware Port of each
 * device from {@code networksetup -listallhardwareports}, which tells Wi-Fi from Ethernet.
 */
public final class MacosInterfaces {

    private static final Pattern HEADER = Pattern.compile("^([A-Za-z0-9]+): flags=[0-9a-fA-F]+<([^>]*)>.*$");
    private static final Pattern MEDIA_SPEED = Pattern.compile("\\((\\d+)(G?)base", Pattern.CASE_INSENSITIVE);

    private MacosInterfaces() {
    }

    public static List<InterfaceInfo> parse(String ifconfig, String hardwarePorts) {
        Map<String, String> ports = hardwarePorts(hardwarePorts);
        List<InterfaceInfo> interfaces = new ArrayList<>();
        Block block = null;
        for (String line : ifconfig.split("\n")) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (block != null) {
                    interfaces.add(block.toInfo(ports));
                }
                block = new Block(header.group(1), List.of(header.group(2).split(",")));
            } else if (block != null && !line.isBlank()) {
                block.line(line.trim());
            }
        }
        if (block != null) {
            interfaces.add(block.toInfo(ports));
        }
        return interfaces;
    }

    /** {@code Hardware Port: Wi-Fi} / {@code Device: en0} pairs, device to port name. */
    static Map<String, String> hardwarePorts(String output) {
        Map<String, String> ports = new HashMap<>();
        String port = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("Hardware Port:")) {
                port = line.substring("Hardware Port:".length()).trim();
            } else if (line.startsWith("Device:") && port != null) {
                ports.put(line.substring("Device:".length()).trim(), port);
                port = null;
            }
        }
        return ports;
    }

    /** The kind of a BSD interface, from its name and its Hardware Port. */
    static InterfaceKind kind(String name, String port) {
        String p = port.toLowerCase(Locale.ROOT);
        if (name.startsWith("lo")) {
            return InterfaceKind.LOOPBACK;
        }
        if (name.matches("(utun|ipsec|ppp|tun|tap|gif|stf|wg)\\d+")) {
            return InterfaceKind.TUNNEL;
        }
        if (name.matches("(bridge|awdl|llw|anpi|ap|vmenet|vmnet|feth|vlan|bond)\\d+")) {
            return InterfaceKind.VIRTUAL;
        }
        if (p.equals("wi-fi") || p.equals("airport")) {
            return InterfaceKind.WIFI;
        }
        if (p.contains("iphone") || p.contains("ipad") || p.contains("wwan")) {
            return InterfaceKind.CELLULAR;
        }
        if (p.contains("bluetooth")) {
            return InterfaceKind.OTHER;
        }
        return name.matches("en\\d+") ? InterfaceKind.ETHERNET : InterfaceKind.OTHER;
    }

    /** One ifconfig block being read. */
    private static final class Block {
        final String name;
        final List<String> flags;
        String mac = "";
        final List<String> ipv4 = new ArrayList<>();
        final List<String> ipv6 = new ArrayList<>();
        String status = "";
        long speedBps;

        Block(String name, List<String> flags) {
            this.name = name;
            this.flags = flags;
        }

        void line(String line) {
            String[] f = line.split("\\s+");
            switch (f[0]) {
                case "ether" -> mac = f.length > 1 ? f[1].toLowerCase(Locale.ROOT) : "";
                case "inet" -> {
                    if (f.length > 1) {
                        ipv4.add(f[1]);
                    }
                }
                case "inet6" -> {
                    if (f.length > 1) {
                        ipv6.add(canonicalIpv6(f[1]));
                    }
                }
                case "status:" -> status = f.length > 1 ? f[1] : "";
                case "media:" -> speedBps = mediaSpeed(line);
                default -> { }
            }
        }

        InterfaceInfo toInfo(Map<String, String> ports) {
            String port = ports.getOrDefault(name, "");
            boolean up = flags.contains("UP") && flags.contains("RUNNING") && !status.equals("inactive");
            return new InterfaceInfo(name, port, mac, kind(name, port), ipv4, ipv6, up, speedBps);
        }
    }

    /** "(1000baseT <full-duplex>)" is 10^9 bit/s, "(10Gbase-T ...)" 10^10; Wi-Fi and "autoselect" alone are unknown. */
    static long mediaSpeed(String media) {
        Matcher m = MEDIA_SPEED.matcher(media);
        if (!m.find()) {
            return 0;
        }
        long value = Long.parseLong(m.group(1));
        return m.group(2).isEmpty() ? value * 1_000_000L : value * 1_000_000_000L;
    }

    /** RFC 5952 text without the "%scope" suffix ("fe80::1c8a:...%en0" to "fe80::1c8a:..."). */
    static String canonicalIpv6(String text) {
        int scope = text.indexOf('%');
        String bare = scope >= 0 ? text.substring(0, scope) : text;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(bare);
        return bytes == null ? bare : IpText.format(bytes);
    }
}
