package dev.farmguard.agent.probe.network;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.SoftFiles;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads interfaces from {@code /sys/class/net}: MAC ({@code address}), ARPHRD {@code type}, {@code flags},
 * {@code operstate}, {@code speed} (Mbit/s), {@code ifalias}, and the markers that tell Wi-Fi
 * ({@code wireless/}, {@code phy80211}), tun/tap ({@code tun_flags}), bridges, bonds and physical devices
 * ({@code device} link) apart. Addresses come from the OS through an {@link InterfaceAddressSource}.
 */
final class LinuxInterfaces {

    private static final int ARPHRD_ETHER = 1;
    private static final int ARPHRD_PPP = 512;
    private static final int ARPHRD_RAWIP = 519;
    private static final int ARPHRD_TUNNEL = 768;
    private static final int ARPHRD_TUNNEL6 = 769;
    private static final int ARPHRD_LOOPBACK = 772;
    private static final int ARPHRD_SIT = 776;
    private static final int ARPHRD_IPGRE = 778;
    private static final int ARPHRD_IP6GRE = 823;
    private static final int ARPHRD_NONE = 65534;
    private static final int IFF_UP = 0x1;

    private final Path netDir;
    private final InterfaceAddressSource addresses;

    LinuxInterfaces(Path root, InterfaceAddressSource addresses) {
        this.netDir = OsPaths.under(root, "/sys/class/net");
        this.addresses = addresses;
    }

    List<InterfaceInfo> read() {
        List<InterfaceInfo> interfaces = new ArrayList<>();
        for (Path dir : SoftFiles.list(netDir)) {
            interfaces.add(read(dir));
        }
        return interfaces;
    }

    private InterfaceInfo read(Path dir) {
        String name = dir.getFileName().toString();
        String devtype = devtype(SoftFiles.readLines(dir.resolve("uevent")));
        InterfaceKind kind = classify(intValue(SoftFiles.readTrimmed(dir.resolve("type")), -1), devtype,
                Files.exists(dir.resolve("wireless")) || Files.exists(dir.resolve("phy80211")),
                Files.exists(dir.resolve("tun_flags")),
                Files.exists(dir.resolve("bridge")) || Files.exists(dir.resolve("bonding")),
                Files.exists(dir.resolve("device")));
        String operstate = SoftFiles.readTrimmed(dir.resolve("operstate"));
        int flags = intValue(SoftFiles.readTrimmed(dir.resolve("flags")).replaceFirst("^0x", ""), 0, 16);
        boolean up = (flags & IFF_UP) != 0 && (operstate.equals("up") || operstate.equals("unknown"));
        long speedMbps = up ? intValue(SoftFiles.readTrimmed(dir.resolve("speed")), 0) : 0;
        String alias = SoftFiles.readTrimmed(dir.resolve("ifalias"));
        List<String> v4 = new ArrayList<>();
        List<String> v6 = new ArrayList<>();
        for (InetAddress address : addresses.addresses(name)) {
            (InterfaceAddressSource.isIpv4(address) ? v4 : v6).add(InterfaceAddressSource.text(address));
        }
        return new InterfaceInfo(name, alias.isEmpty() ? name : alias, mac(SoftFiles.readTrimmed(dir.resolve("address"))),
                kind, v4, v6, up, Math.max(0, speedMbps) * 1_000_000L);
    }

    /** Kind from the ARPHRD type code, the uevent DEVTYPE and sysfs markers. */
    static InterfaceKind classify(int type, String devtype, boolean wireless, boolean tun, boolean bridgeOrBond,
                                  boolean physical) {
        if (type == ARPHRD_LOOPBACK) {
            return InterfaceKind.LOOPBACK;
        }
        if (wireless || devtype.equals("wlan")) {
            return InterfaceKind.WIFI;
        }
        if (devtype.equals("wwan") || type == ARPHRD_RAWIP) {
            return InterfaceKind.CELLULAR;
        }
        if (tun || devtype.equals("wireguard") || switch (type) {
            case ARPHRD_NONE, ARPHRD_PPP, ARPHRD_TUNNEL, ARPHRD_TUNNEL6, ARPHRD_SIT, ARPHRD_IPGRE, ARPHRD_IP6GRE -> true;
            default -> false;
        }) {
            return InterfaceKind.TUNNEL;
        }
        if (bridgeOrBond || devtype.equals("bridge") || devtype.equals("bond") || devtype.equals("vlan")) {
            return InterfaceKind.VIRTUAL;
        }
        if (type == ARPHRD_ETHER) {
            return physical ? InterfaceKind.ETHERNET : InterfaceKind.VIRTUAL;
        }
        return type < 0 ? InterfaceKind.UNKNOWN : InterfaceKind.OTHER;
    }

    /** DEVTYPE from uevent lines, lower-case, "" if absent. */
    static String devtype(List<String> uevent) {
        for (String line : uevent) {
            if (line.startsWith("DEVTYPE=")) {
                return line.substring(8).trim().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** Lower-case MAC; "" for none or all zeros (loopback, tunnels). */
    static String mac(String text) {
        String mac = text.toLowerCase(Locale.ROOT);
        return mac.isEmpty() || mac.replace("0", "").replace(":", "").isEmpty() ? "" : mac;
    }

    private static int intValue(String text, int fallback) {
        return intValue(text, fallback, 10);
    }

    private static int intValue(String text, int fallback, int radix) {
        try {
            return Integer.parseInt(text, radix);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
