package dev.farmguard.collector.detect;

import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.classify.SignatureClassifier;
import dev.farmguard.collector.config.Cidr;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.model.UsbDevice;
import dev.farmguard.collector.testing.FakeGeo;
import java.util.List;
import java.util.Optional;

/** Shared pieces of the rule tests: the bundled catalog, a configuration, a small world of addresses. */
public final class RuleFixtures {

    public static final SignatureClassifier CLASSIFIER = SignatureClassifier.of(CatalogLoader.loadBundled());

    public static final String IT_PEER = "1112223334";
    public static final String HOME_NY = "203.0.113.10";
    public static final String HOME_NY_2 = "203.0.113.11";
    public static final String PHOENIX = "198.51.100.77";
    public static final String TOKYO = "192.0.2.50";
    public static final String VPN_EXIT = "192.0.2.200";
    public static final String SEOUL = "192.0.2.90";
    public static final String DANDONG = "192.0.2.120";
    public static final String SHANGHAI = "192.0.2.121";
    /** A mobile carrier on the shipped network-kinds list (T-Mobile USA). */
    public static final String MOBILE = "192.0.2.130";
    public static final String OFFICE = "198.51.100.3";
    public static final String OFFICE_GATEWAY = "00:1b:54:00:00:01";

    public static final DetectionConfig CONFIG = DetectionConfig.DEFAULTS
            .withSanctionedTools(List.of(new SanctionedTool("teamviewer", List.of(IT_PEER),
                    List.of(Cidr.parse("198.51.100.0/28")))))
            .withOfficeNetworks(List.of(new OfficeNetwork("hq", List.of(Cidr.parse("198.51.100.0/28")),
                    List.of(OFFICE_GATEWAY), List.of())))
            .withVpnHostingAsns(List.of(new AsnRule(64999, "Nimbus Privacy Networks", "vpn-exit"),
                    new AsnRule(-1, "*Hosting*", "hosting")));

    public static final FakeGeo GEO = new FakeGeo()
            .place(HOME_NY, "US", "New York", 40.71, -74.0, "America/New_York", 64500, "Lakeshore Fiber")
            .place(HOME_NY_2, "US", "New York", 40.72, -74.01, "America/New_York", 64500, "Lakeshore Fiber")
            .place(PHOENIX, "US", "Phoenix", 33.45, -112.07, "America/Phoenix", 64501, "Mesa Cable")
            .place(TOKYO, "JP", "Tokyo", 35.68, 139.65, "Asia/Tokyo", 64600, "Sakura Hikari")
            .place(SEOUL, "KR", "Seoul", 37.57, 126.98, "Asia/Seoul", 64700, "Han River Telecom")
            .place(DANDONG, "CN", "Dandong", 40.12, 124.38, "Asia/Shanghai", 4837, "China Unicom")
            .place(SHANGHAI, "CN", "Shanghai", 31.23, 121.47, "Asia/Shanghai", 4812, "China Telecom")
            .place(MOBILE, "US", "Atlanta", 33.75, -84.39, "America/New_York", 21928, "T-Mobile USA, Inc.")
            .place(VPN_EXIT, "NL", "Amsterdam", 52.37, 4.9, "Europe/Amsterdam", 64999, "Nimbus Privacy Networks Ltd")
            .place(OFFICE, "US", "New York", 40.75, -73.98, "America/New_York", 64530, "Metro Business Fiber");

    public static final IpIntel IPS = IpIntel.of(GEO, CONFIG);

    public static final RosterEntry NEW_YORKER = new RosterEntry("d1", "E1", "Ann Lee", "ann@example.com", "US",
            "New York", "New York", 40.7446, -73.9945, "America/New_York");

    private RuleFixtures() {}

    public static DeviceContext context(List<DeviceSnapshot> history, RosterEntry roster) {
        return new DeviceContext(history, Optional.ofNullable(roster), CLASSIFIER);
    }

    public static DeviceContext context(DeviceSnapshot latest) {
        return context(List.of(latest), NEW_YORKER);
    }

    public static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + ":" + f.severity().name().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    public static UsbDevice usb(int vid, int pid, String manufacturer, String product, String serial,
                                boolean absolute, int[]... interfaces) {
        List<UsbDevice.UsbInterface> ifs = java.util.Arrays.stream(interfaces)
                .map(i -> new UsbDevice.UsbInterface(i[0], i[1], i[2])).toList();
        return new UsbDevice(vid, pid, manufacturer, product, serial, 0, ifs, absolute, "1-2", 480, "", "");
    }

    public static final int[] KEYBOARD = {3, 1, 1};
    public static final int[] MOUSE = {3, 1, 2};
    public static final int[] HID = {3, 0, 0};
    public static final int[] STORAGE = {8, 6, 0x50};
    public static final int[] RNDIS = {0xE0, 1, 3};
    public static final int[] CDC_ECM = {2, 6, 0};
    public static final int[] CDC_ACM = {2, 2, 1};
    public static final int[] CDC_DATA = {0x0A, 0, 0};
}
