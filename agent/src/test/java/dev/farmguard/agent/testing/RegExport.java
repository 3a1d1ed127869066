package dev.farmguard.agent.testing;

import dev.farmguard.agent.probe.windows.WindowsRegistry;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link WindowsRegistry} read from {@code regedit} exports ("Windows Registry Editor Version 5.00"):
 * {@code [KEY]} sections, {@code "name"="text"}, {@code dword:}, {@code hex:} (REG_BINARY),
 * {@code hex(2):} (REG_EXPAND_SZ), {@code hex(7):} (REG_MULTI_SZ), {@code hex(b):} (REG_QWORD) with
 * backslash line continuations; {@code @} is the default value. Keys and value names are
 * case-insensitive, as in the registry. Several exports can be loaded into one registry.
 */
public final class RegExport implements WindowsRegistry {

    private final Map<String, String> keyNames = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Map<String, Object>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** Loads an export from a test resource (UTF-8, or UTF-16LE with a byte order mark as regedit writes). */
    public RegExport load(String resource) {
        return loadText(FakeTree.text(resource));
    }

    public RegExport loadText(String text) {
        String key = null;
        for (String line : joinContinuations(text.replace("\uFEFF", ""))) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith(";") || trimmed.startsWith("Windows Registry Editor")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                key = normalize(trimmed.substring(1, trimmed.length() - 1));
                addKey(key);
                continue;
            }
            if (key == null) {
                throw new IllegalArgumentException("value outside a key: " + line);
            }
            int eq = nameEnd(trimmed);
            String name = trimmed.startsWith("@") ? "" : unquote(trimmed.substring(0, eq));
            values.get(key).put(name, parseValue(trimmed.substring(eq + 1)));
        }
        return this;
    }

    @Override
    public List<String> subKeys(String key) {
        String prefix = normalize(key).toLowerCase(Locale.ROOT) + "\\";
        List<String> children = new ArrayList<>();
        for (String path : keyNames.values()) {
            if (path.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                if (!rest.contains("\\") && !rest.isEmpty()) {
                    children.add(rest);
                }
            }
        }
        return children;
    }

    @Override
    public Map<String, Object> values(String key) {
        Map<String, Object> found = values.get(normalize(key));
        if (found == null) {
            return Map.of();
        }
        Map<String, Object> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(found);
        return copy;
    }

    private void addKey(String key) {
        String[] parts = key.split("\\\\");
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.length() == 0 ? "" : "\\").append(part);
            keyNames.putIfAbsent(path.toString(), path.toString());
            values.putIfAbsent(path.toString(), new LinkedHashMap<>());
        }
    }

    private static String normalize(String key) {
        String k = key.trim();
        for (String[] hive : new String[][] {{"HKEY_LOCAL_MACHINE", "HKLM"}, {"HKEY_USERS", "HKU"},
            {"HKEY_CURRENT_USER", "HKCU"}}) {
            if (k.regionMatches(true, 0, hive[0], 0, hive[0].length())) {
                k = hive[1] + k.substring(hive[0].length());
            }
        }
        return k;
    }

    private static List<String> joinContinuations(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\r?\n")) {
            String line = current.length() > 0 ? raw.trim() : raw;
            if (line.endsWith("\\") && !line.trim().startsWith("[") && !line.trim().endsWith("\"")) {
                current.append(line, 0, line.length() - 1);
                continue;
            }
            current.append(line);
            lines.add(current.toString());
            current.setLength(0);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Index of the '=' after the value name ("name" with \" escapes, or @). */
    private static int nameEnd(String line) {
        if (line.startsWith("@")) {
            return line.indexOf('=');
        }
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                return line.indexOf('=', i);
            }
        }
        throw new IllegalArgumentException("bad value line: " + line);
    }

    private static String unquote(String quoted) {
        String inner = quoted.trim().substring(1, quoted.trim().length() - 1);
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static Object parseValue(String data) {
        String d = data.trim();
        if (d.startsWith("\"")) {
            return unquote(d);
        }
        if (d.startsWith("dword:")) {
            return (int) Long.parseLong(d.substring(6), 16);
        }
        int colon = d.indexOf(':');
        String type = d.substring(0, colon);
        String hex = d.substring(colon + 1).replace(",", "").replaceAll("\\s+", "");
        byte[] bytes = HexFormat.of().parseHex(hex);
        return switch (type) {
            case "hex" -> bytes;
            case "hex(2)", "hex(1)" -> utf16z(bytes);
            case "hex(7)" -> multi(bytes);
            case "hex(4)" -> ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
            case "hex(b)" -> ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
            default -> bytes;
        };
    }

    private static String utf16z(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_16LE);
        int nul = text.indexOf('\0');
        return nul < 0 ? text : text.substring(0, nul);
    }

    private static String[] multi(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_16LE);
        return Arrays.stream(text.split("\0")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
