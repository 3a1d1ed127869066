package dev.farmguard.agent.probe.display;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.macos.IoregNode;
import dev.farmguard.agent.probe.macos.IoregText;
import dev.farmguard.agent.probe.macos.SystemProfilerJson;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the macOS display list from two views. {@code system_profiler SPDisplaysDataType} lists the
 * displays the window server drives now (built-in or not, pixels, EDID on Intel Macs). The I/O Registry
 * keeps raw EDIDs ({@code EDID} on Apple silicon display pipes, {@code IODisplayEDID} on Intel's
 * {@code AppleDisplay}/{@code AppleBacklightDisplay}) and knows panels the window server does not drive:
 * a built-in panel present in the registry but missing from system_profiler is a closed lid or a panel
 * switched off. The two views are joined by the EDID vendor, product and serial numbers.
 */
public final class MacosDisplays {

    private static final Pattern PIXELS = Pattern.compile("(\\d+)\\s*x\\s*(\\d+)");
    private static final byte[] EDID_HEADER = {0, -1, -1, -1, -1, -1, -1, 0};

    /** What the registry says about one display. */
    record RegistryDisplay(String registryId, String connector, DisplayConnectionKind kind, byte[] edid,
                           long vendor, long product, long serial) {
    }

    private MacosDisplays() {
    }

    /**
     * @param profilerJson  {@code system_profiler -json SPDisplaysDataType}
     * @param registryViews ioreg outputs holding display entries ({@code -k EDID}, {@code -k IODisplayEDID},
     *                      {@code -c AppleCLCD2}); an entry printed in several is read once
     * @param warnings      receives displays driven without any readable EDID
     */
    public static List<DisplayInfo> parse(String profilerJson, List<String> registryViews, List<String> warnings) {
        List<RegistryDisplay> registry = registry(registryViews);
        List<RegistryDisplay> unmatched = new ArrayList<>(registry);
        List<DisplayInfo> displays = new ArrayList<>();
        for (JsonNode gpu : SystemProfilerJson.items(profilerJson, "SPDisplaysDataType")) {
            for (JsonNode display : gpu.path("spdisplays_ndrvs")) {
                displays.add(online(display, unmatched, warnings));
            }
        }
        for (RegistryDisplay left : unmatched) {
            // Known to the registry, not driven by the window server: a closed lid, a panel switched off.
            displays.add(new DisplayInfo(left.edid(), left.connector(), left.kind(), true, false, 0, 0));
        }
        return displays;
    }

    private static DisplayInfo online(JsonNode display, List<RegistryDisplay> unmatched, List<String> warnings) {
        String name = SystemProfilerJson.text(display, "_name");
        DisplayConnectionKind kind = kind(SystemProfilerJson.text(display, "spdisplays_connection_type"),
                SystemProfilerJson.text(display, "spdisplays_display_type"));
        long vendor = hex(SystemProfilerJson.text(display, "_spdisplays_display-vendor-id"));
        long product = hex(SystemProfilerJson.text(display, "_spdisplays_display-product-id"));
        long serial = hex(SystemProfilerJson.text(display, "_spdisplays_display-serial-number"));
        Optional<RegistryDisplay> match = match(unmatched, kind, vendor, product, serial);
        match.ifPresent(unmatched::remove);
        byte[] edid = edidFromText(SystemProfilerJson.text(display, "_spdisplays_edid"));
        if (edid.length == 0 && match.isPresent()) {
            edid = match.get().edid();
        }
        if (edid.length == 0 && kind != DisplayConnectionKind.INTERNAL) {
            warnings.add("no EDID readable for display '" + name + "'");
        }
        String path = SystemProfilerJson.text(display, "_spdisplays_displayPath");
        String connector = !path.isEmpty() ? path : match.map(RegistryDisplay::connector).orElse(name);
        String online = SystemProfilerJson.text(display, "spdisplays_online");
        int[] pixels = pixels(SystemProfilerJson.text(display, "_spdisplays_pixels"),
                SystemProfilerJson.text(display, "_spdisplays_resolution"));
        return new DisplayInfo(edid, connector, kind, true, online.isEmpty() || online.endsWith("_yes"),
                pixels[0], pixels[1]);
    }

    private static Optional<RegistryDisplay> match(List<RegistryDisplay> candidates, DisplayConnectionKind kind,
                                                   long vendor, long product, long serial) {
        for (RegistryDisplay candidate : candidates) {
            if (vendor != 0 && candidate.vendor() == vendor && candidate.product() == product
                    && (serial == 0 || candidate.serial() == 0 || candidate.serial() == serial)) {
                return Optional.of(candidate);
            }
        }
        if (kind == DisplayConnectionKind.INTERNAL) {
            return candidates.stream().filter(c -> c.kind() == DisplayConnectionKind.INTERNAL).findFirst();
        }
        return Optional.empty();
    }

    /** "spdisplays_internal" is the built-in panel; AirPlay and virtual sinks are virtual; the rest external. */
    static DisplayConnectionKind kind(String connectionType, String displayType) {
        String type = (connectionType + " " + displayType).toLowerCase(Locale.ROOT);
        if (connectionType.endsWith("_internal") || displayType.contains("built-in")) {
            return DisplayConnectionKind.INTERNAL;
        }
        if (type.contains("airplay") || type.contains("virtual") || type.contains("sidecar")) {
            return DisplayConnectionKind.VIRTUAL;
        }
        return DisplayConnectionKind.EXTERNAL;
    }

    private static List<RegistryDisplay> registry(List<String> views) {
        Map<String, RegistryDisplay> byId = new LinkedHashMap<>();
        int anonymous = 0;
        for (String view : views) {
            for (IoregNode node : IoregText.all(view)) {
                Optional<RegistryDisplay> display = registryDisplay(node);
                if (display.isEmpty()) {
                    continue;
                }
                String key = node.registryId().isEmpty() ? "#" + anonymous++ : node.registryId();
                RegistryDisplay known = byId.get(key);
                if (known == null || known.edid().length < display.get().edid().length) {
                    byId.put(key, display.get());
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** A display entry: Intel AppleDisplay/AppleBacklightDisplay, or an Apple silicon pipe with a panel behind it. */
    static Optional<RegistryDisplay> registryDisplay(IoregNode node) {
        byte[] edid = validEdid(node.data("IODisplayEDID").or(() -> node.data("EDID")).orElse(new byte[0]));
        Map<String, Object> product = productAttributes(node);
        if (edid.length == 0 && product.isEmpty()) {
            return Optional.empty(); // an unused pipe, or not a display at all
        }
        String className = node.className();
        DisplayConnectionKind kind;
        if (className.equals("AppleBacklightDisplay")) {
            kind = DisplayConnectionKind.INTERNAL;
        } else if (className.equals("AppleDisplay") || node.bool("external").orElse(false)) {
            kind = DisplayConnectionKind.EXTERNAL;
        } else if (className.equals("AppleCLCD2") || className.equals("IOMobileFramebufferShim")) {
            kind = DisplayConnectionKind.INTERNAL;
        } else {
            kind = DisplayConnectionKind.UNKNOWN;
        }
        long vendor;
        long productId;
        long serial;
        if (edid.length >= 16) {
            vendor = (edid[8] & 0xFFL) << 8 | (edid[9] & 0xFF);
            productId = (edid[10] & 0xFF) | (edid[11] & 0xFFL) << 8;
            serial = (edid[12] & 0xFFL) | (edid[13] & 0xFFL) << 8 | (edid[14] & 0xFFL) << 16 | (edid[15] & 0xFFL) << 24;
        } else {
            vendor = number(product.get("LegacyManufacturerID"));
            productId = number(product.get("ProductID"));
            serial = number(product.get("SerialNumber"));
        }
        String connector = node.string("IODisplayLocation")
                .orElse(node.name() + (node.registryId().isEmpty() ? "" : " " + node.registryId()));
        return Optional.of(new RegistryDisplay(node.registryId(), connector, kind, edid, vendor, productId, serial));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> productAttributes(IoregNode node) {
        return node.dictionary("DisplayAttributes")
                .map(attributes -> attributes.get("ProductAttributes"))
                .filter(Map.class::isInstance)
                .map(value -> (Map<String, Object>) value)
                .orElse(Map.of());
    }

    /** "0x00ffffff..." (system_profiler's text form) to bytes; empty unless it is a whole EDID. */
    static byte[] edidFromText(String text) {
        String hex = text.startsWith("0x") ? text.substring(2) : text;
        if (hex.isEmpty() || hex.length() % 2 != 0 || !hex.matches("[0-9a-fA-F]+")) {
            return new byte[0];
        }
        return validEdid(HexFormat.of().parseHex(hex));
    }

    private static byte[] validEdid(byte[] bytes) {
        if (bytes.length < 128 || bytes.length % 128 != 0) {
            return new byte[0];
        }
        for (int i = 0; i < EDID_HEADER.length; i++) {
            if (bytes[i] != EDID_HEADER[i]) {
                return new byte[0];
            }
        }
        return bytes;
    }

    /** Pixels of the current mode: "2880 x 1800", else the resolution "1440 x 900 @ 60.00Hz". */
    static int[] pixels(String pixels, String resolution) {
        for (String text : List.of(pixels, resolution)) {
            Matcher m = PIXELS.matcher(text);
            if (m.find()) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            }
        }
        return new int[] {0, 0};
    }

    private static long hex(String text) {
        try {
            return text.isEmpty() ? 0 : Long.parseUnsignedLong(text.trim(), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long number(Object value) {
        return value instanceof Long n ? n : 0;
    }
}
