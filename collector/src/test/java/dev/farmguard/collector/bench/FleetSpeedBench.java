package dev.farmguard.collector.bench;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.IpFacts;
import dev.farmguard.collector.detect.fleet.FleetFacts;
import dev.farmguard.collector.detect.fleet.FleetIndex;
import dev.farmguard.collector.detect.fleet.FleetRules;
import dev.farmguard.collector.geo.AsnInfo;
import dev.farmguard.collector.geo.GeoLocation;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.netkind.NetworkKind;
import dev.farmguard.collector.store.DeviceSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The fleet-rules speed harness (run by hand, not a test): builds an in-memory fleet index of N devices (default
 * 100,000) over 7 days of hourly check-ins, shaped like a real fleet (people at home in working hours, housemates,
 * commuters on office networks, travellers, VPN users, farms of 2 to 90 laptops reporting around the clock with
 * shared routers, remote peers and IP-KVMs), then times the fleet rules over it (co-location, impossible travel,
 * shared peers and IP-KVM identities, silence). Prints the index build time, the run times and the findings.
 *
 * <p>Arguments: {@code [DEVICES] [RUNS]}. Seeded: the same arguments build the same fleet.
 */
public final class FleetSpeedBench {

    private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    private static final int DAYS = 7;

    private FleetSpeedBench() {}

    public static void main(String[] args) {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        long t0 = System.nanoTime();
        Fleet fleet = build(devices, new Random(42));
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "index: %d devices, %d check-ins added, %d runs kept, built in %.2f s%n",
                fleet.index.devices(), fleet.checkIns, fleet.index.runs(), (t1 - t0) / 1e9);
        FleetRules rules = new FleetRules(DetectionConfig.DEFAULTS);
        double[] seconds = new double[runs];
        TreeMap<String, List<Finding>> findings = null;
        for (int r = 0; r < runs; r++) {
            long s = System.nanoTime();
            FleetRules.Timed timed = rules.evaluateTimed(fleet.index, fleet.employees, fleet.summaries);
            seconds[r] = (System.nanoTime() - s) / 1e9;
            findings = timed.findings();
            System.out.printf(Locale.ROOT, "run %d: %.3f s, per step (ms) %s%n", r + 1, seconds[r], timed.millis());
        }
        Map<String, Integer> byRule = new TreeMap<>();
        findings.values().forEach(l -> l.forEach(f -> byRule.merge(f.rule(), 1, Integer::sum)));
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "fleet rules over %d devices: runs %s s; min %.3f s, median %.3f s, max %.3f s%n",
                devices, Arrays.toString(Arrays.stream(seconds).map(x -> Math.round(x * 1000) / 1000.0).toArray()),
                sorted[0], sorted[runs / 2], sorted[runs - 1]);
        System.out.printf(Locale.ROOT, "findings on %d devices (%d devices in farms): %s%n", findings.size(),
                fleet.farmDevices, byRule);
    }

    /** The synthetic fleet and what the rules need besides the index. */
    private record Fleet(FleetIndex index, Map<String, String> employees, List<DeviceSummary> summaries,
                         long checkIns, int farmDevices) {}

    private static Fleet build(int devices, Random rnd) {
        FleetIndex index = new FleetIndex();
        Map<String, String> employees = new HashMap<>();
        List<DeviceSummary> summaries = new ArrayList<>();
        long checkIns = 0;
        int farmDevices = 0;
        int d = 0;
        int household = 0;
        while (d < devices) {
            double kind = rnd.nextDouble();
            // households of one (most), housemates (2-4), and farms of 2-90 laptops (about 8% of devices)
            int size = kind < 0.936 ? 1 : kind < 0.996 ? 2 + rnd.nextInt(3)
                    : 2 + (int) (rnd.nextDouble() * rnd.nextDouble() * 89);
            boolean farm = kind >= 0.996;
            size = Math.min(size, devices - d);
            Home home = new Home(household++, rnd);
            String peer = farm ? "anydesk id " + (100_000_000 + rnd.nextInt(900_000_000)) : null;
            String kvm = farm && rnd.nextBoolean() ? "usb 1d6b:0104 \"PiKVM\" \"PiKVM Composite Device\" serial \"CAFEBABE\""
                    : null;
            for (int i = 0; i < size; i++, d++) {
                String id = String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", d, d);
                employees.put(id, "E" + d);
                boolean commuter = !farm && rnd.nextDouble() < 0.16;
                boolean vpn = !farm && rnd.nextDouble() < 0.08;
                boolean traveler = !farm && rnd.nextDouble() < 0.05;
                long last = 0;
                for (int day = 0; day < DAYS; day++) {
                    for (int hour = 0; hour < 24; hour++) {
                        boolean awake = farm || (hour >= 13 && hour < 22 && rnd.nextDouble() < 0.93);
                        if (!awake) {
                            continue;
                        }
                        long t = START.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour)).toEpochMilli()
                                + (d % 3600) * 1000L;
                        boolean atOffice = commuter && day >= 1 && day <= 3;
                        boolean away = traveler && day >= 2 && day <= 4;
                        boolean tunnel = vpn && day % 2 == 0;
                        IpFacts ip = atOffice ? home.office : away ? home.hotel : tunnel ? home.vpnExit : home.ip;
                        String householdKey = atOffice || tunnel ? null : away ? home.hotel.householdKey() : home.ip.householdKey();
                        index.add(new FleetFacts(id, t, ip, householdKey, atOffice ? null : away ? home.hotelRouter : home.router,
                                farm && i % 2 == 0 ? null : away ? home.hotelRouter : home.bssid, tunnel,
                                peer == null ? List.of() : List.of(new FleetFacts.Sighting(peer, t)),
                                kvm == null ? List.of() : List.of(new FleetFacts.Sighting(kvm, t))));
                        checkIns++;
                        last = t;
                    }
                }
                summaries.add(new DeviceSummary(id, "host", START, Instant.ofEpochMilli(last), home.ip.ip(), 1));
                farmDevices += farm ? 1 : 0;
            }
        }
        index.prune(Duration.ofDays(7));
        return new Fleet(index, employees, summaries, checkIns, farmDevices);
    }

    /** One household's networks (and, for its members, an office, a hotel and a VPN exit). */
    private static final class Home {
        final IpFacts ip;
        final IpFacts office;
        final IpFacts hotel;
        final IpFacts vpnExit;
        final String router;
        final String bssid;
        final String hotelRouter;

        Home(int n, Random rnd) {
            double lat = 25 + rnd.nextDouble() * 23;
            double lon = -122 + rnd.nextDouble() * 52;
            String address = "11." + (n >> 16 & 0xFF) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
            ip = facts(address, address, lat, lon, null, null);
            office = facts("198.51.100." + (n % 14 + 1), null, 40.7, -74.0, null, "office");
            int hotelNo = rnd.nextInt(400);
            hotel = facts("22.0." + (hotelNo >> 8) + "." + (hotelNo & 0xFF), "22.0." + (hotelNo >> 8) + "." + (hotelNo & 0xFF),
                    30 + hotelNo % 15, -100 + hotelNo % 20, null, null);
            vpnExit = facts("26.0.0." + (n % 250 + 1), null, 39.0, -77.5, NetworkKind.VPN, null);
            router = mac(0xa040a0000000L + n);
            bssid = mac(0x50c7bf000000L + n);
            hotelRouter = mac(0x000b86000000L + hotelNo);
        }

        private static IpFacts facts(String ip, String key, double lat, double lon, NetworkKind exit,
                                     String office) {
            return new IpFacts(ip, key, new GeoLocation("US", "", "", lat, lon, 20, "America/New_York"),
                    new AsnInfo(64512, "ISP"), exit, office);
        }

        private static String mac(long v) {
            return String.format(Locale.ROOT, "%02x:%02x:%02x:%02x:%02x:%02x", v >> 40 & 0xFF, v >> 32 & 0xFF,
                    v >> 24 & 0xFF, v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
        }
    }
}
