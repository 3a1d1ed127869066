package dev.farmguard.collector.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Content rules every catalog must pass before it is used, so a bad file fails at load with a message naming
 * each bad entry instead of silently matching nothing (or everything) later.
 */
public final class CatalogValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern PNP_ID = Pattern.compile("[A-Za-z]{3}");
    /** Linux Foundation: root hubs and the default ids of every Linux USB gadget. */
    private static final int LINUX_FOUNDATION_VID = 0x1d6b;

    private CatalogValidator() {
    }

    /** Throws a {@link CatalogException} listing every problem; returns the catalog when there is none. */
    public static Catalog validate(Catalog catalog, String origin) {
        List<String> problems = new ArrayList<>();
        if (catalog.version().isBlank()) {
            problems.add("version must not be empty");
        }
        Map<String, String> seenIds = new HashMap<>();
        for (int i = 0; i < catalog.remoteTools().size(); i++) {
            RemoteToolSignature t = catalog.remoteTools().get(i);
            Entry e = new Entry("remoteTools", i, t.id(), problems);
            e.common(t.name(), t.sources(), seenIds);
            e.patterns("processNames", t.processNames());
            e.patterns("serviceNames", t.serviceNames());
            e.patterns("installPaths", t.installPaths());
            t.ports().forEach(p -> e.check(p >= 1 && p <= 65535, "port " + p + " is not 1..65535"));
            t.relayPorts().forEach(p -> e.check(p >= 1 && p <= 65535, "relay port " + p + " is not 1..65535"));
            e.patterns("sessionProcesses", t.sessionProcesses().stream().map(SessionProcess::processName).toList());
            e.check(!t.processNames().isEmpty() || !t.serviceNames().isEmpty() || !t.installPaths().isEmpty()
                    || !t.ports().isEmpty(), "has nothing to match (no process, service, install path or port)");
        }
        for (int i = 0; i < catalog.kvms().size(); i++) {
            KvmSignature k = catalog.kvms().get(i);
            Entry e = new Entry("kvms", i, k.id(), problems);
            e.common(k.name(), k.sources(), seenIds);
            usbMatches(e, k.usb());
            edidMatches(e, k.edid());
            e.patterns("scsiVendors", k.scsiVendors());
            e.check(!k.usb().isEmpty() || !k.edid().isEmpty() || !k.scsiVendors().isEmpty(),
                    "has nothing to match (no usb, edid or scsiVendors)");
        }
        for (int i = 0; i < catalog.vpns().size(); i++) {
            VpnSignature v = catalog.vpns().get(i);
            Entry e = new Entry("vpns", i, v.id(), problems);
            e.common(v.name(), v.sources(), seenIds);
            e.patterns("processNames", v.processNames());
            e.patterns("installPaths", v.installPaths());
            e.patterns("serviceNames", v.serviceNames());
            e.patterns("adapterNames", v.adapterNames());
            e.check(!v.processNames().isEmpty() || !v.installPaths().isEmpty() || !v.serviceNames().isEmpty()
                    || !v.adapterNames().isEmpty(), "has nothing to match (no process, path, service or adapter)");
        }
        for (int i = 0; i < catalog.jigglers().size(); i++) {
            JigglerSignature j = catalog.jigglers().get(i);
            Entry e = new Entry("jigglers", i, j.id(), problems);
            e.common(j.name(), j.sources(), seenIds);
            e.patterns("processNames", j.processNames());
            e.patterns("installPaths", j.installPaths());
            usbMatches(e, j.usb());
            e.check(!j.processNames().isEmpty() || !j.installPaths().isEmpty() || !j.usb().isEmpty(),
                    "has nothing to match (no process, install path or usb)");
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(origin, problems);
        }
        return catalog;
    }

    private static void usbMatches(Entry e, List<UsbMatch> matches) {
        for (int m = 0; m < matches.size(); m++) {
            UsbMatch u = matches.get(m);
            String at = "usb[" + m + "] ";
            e.check(u.vendorId() != 0, at + "vendorId must not be 0");
            e.check(u.vendorId() >= 0 && u.vendorId() <= 0xFFFF, at + "vendorId is not a 16-bit value");
            e.check(u.productId() >= 0 && u.productId() <= 0xFFFF, at + "productId is not a 16-bit value");
            e.check(!u.requiresStrings() || u.hasStrings(),
                    at + "requiresStrings is set but no manufacturer, product or serial is given");
            e.check(u.vendorId() != LINUX_FOUNDATION_VID || u.requiresStrings(),
                    at + "vendor 1d6b (Linux Foundation) is every Linux gadget's default: set requiresStrings");
        }
    }

    private static void edidMatches(Entry e, List<EdidMatch> matches) {
        for (int m = 0; m < matches.size(); m++) {
            EdidMatch x = matches.get(m);
            String at = "edid[" + m + "] ";
            e.check(!x.isEmpty(), at + "is empty and would match every display");
            e.check(x.pnpId().isEmpty() || PNP_ID.matcher(x.pnpId()).matches(),
                    at + "pnpId \"" + x.pnpId() + "\" is not three letters");
            e.check(x.productCode() >= 0 && x.productCode() <= 0xFFFF, at + "productCode is not a 16-bit value");
            e.check(x.pnpId().isEmpty() || x.productCode() != 0 || !x.monitorName().isEmpty()
                            || !x.serialText().isEmpty() || x.serialNumber() != 0,
                    at + "a PNP id alone matches every monitor of that maker: add a product code, name or serial");
        }
    }

    /** Problems of one catalog entry, prefixed with where it is, e.g. {@code kvms[2] "pikvm": }. */
    private static final class Entry {
        private final String label;
        private final String position;
        private final String id;
        private final List<String> problems;

        Entry(String section, int index, String id, List<String> problems) {
            this.position = section + "[" + index + "]";
            this.label = position + " " + (id.isEmpty() ? "(no id)" : "\"" + id + "\"") + ": ";
            this.id = id;
            this.problems = problems;
        }

        void common(String name, List<Source> sources, Map<String, String> seenIds) {
            check(!id.isBlank(), "id must not be empty");
            check(id.isBlank() || ID.matcher(id).matches(), "id must be lower-case letters, digits, '.', '_', '-'");
            if (!id.isBlank()) {
                String previous = seenIds.putIfAbsent(id, position);
                check(previous == null, "duplicate id, first used by " + previous);
            }
            check(!name.isBlank(), "name must not be empty");
            check(!sources.isEmpty(), "needs at least one source saying where its facts were read");
            sources.forEach(s -> check(!s.reference().isBlank(), "a source has an empty reference"));
        }

        void patterns(String field, List<String> values) {
            values.forEach(v -> check(!v.isBlank(), field + " holds an empty string"));
        }

        void check(boolean ok, String problem) {
            if (!ok) {
                problems.add(label + problem);
            }
        }
    }
}
