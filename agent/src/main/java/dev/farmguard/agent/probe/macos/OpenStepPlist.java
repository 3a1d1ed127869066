package dev.farmguard.agent.probe.macos;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the old-style (OpenStep) property list text {@code defaults read} prints: {@code (a, b)} arrays,
 * {@code {key = value;}} dictionaries, quoted strings with backslash escapes, bare words and {@code <hex>}
 * data. Values become {@link String}, {@code List<Object>}, {@code Map<String, Object>} or {@code byte[]};
 * numbers stay strings. Malformed text yields what was read before the fault (fail soft).
 */
public final class OpenStepPlist {

    private final String text;
    private int pos;

    private OpenStepPlist(String text) {
        this.text = text;
    }

    /** The value of the text, or "" when there is none. */
    public static Object parse(String text) {
        OpenStepPlist parser = new OpenStepPlist(text);
        try {
            return parser.value();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw new IllegalArgumentException("value expected");
        }
        return switch (text.charAt(pos)) {
            case '(' -> array();
            case '{' -> dictionary();
            case '"' -> quoted();
            case '<' -> data();
            default -> word();
        };
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                return list;
            }
            if (text.charAt(pos) == ')') {
                pos++;
                return list;
            }
            try {
                list.add(value());
            } catch (IllegalArgumentException e) {
                return list;
            }
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            }
        }
    }

    private Map<String, Object> dictionary() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                return map;
            }
            if (text.charAt(pos) == '}') {
                pos++;
                return map;
            }
            try {
                Object key = value();
                skipSpace();
                if (pos >= text.length() || text.charAt(pos) != '=') {
                    return map;
                }
                pos++;
                map.put(String.valueOf(key), value());
            } catch (IllegalArgumentException e) {
                return map;
            }
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ';') {
                pos++;
            }
        }
    }

    private String quoted() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'U', 'u' -> {
                        if (pos + 4 <= text.length()) {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private byte[] data() {
        int end = text.indexOf('>', pos);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated data");
        }
        String hex = text.substring(pos + 1, end).replaceAll("\\s+", "");
        pos = end + 1;
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && ",;=(){}\"<>".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(pos) + "'");
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
