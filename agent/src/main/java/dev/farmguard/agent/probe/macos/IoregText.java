package dev.farmguard.agent.probe.macos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text {@code ioreg -l -w0} prints: a forest of {@code +-o NAME  <class CLASS, id 0x..., ...>}
 * lines whose nesting is given by the column of {@code +-o}, each followed by its properties
 * ({@code "key" = value}, optionally between {@code {}} lines) behind the tree's {@code |} rails. Values:
 * {@code "string"}, decimal or {@code 0x} numbers, {@code Yes}/{@code No}, {@code <hex>} and {@code <"text">}
 * data, {@code {"k"=v,...}} dictionaries and {@code (v,...)} arrays. Anything else is kept as its raw text;
 * a line that is neither a node nor a property is ignored (fail soft).
 */
public final class IoregText {

    private static final Pattern NODE = Pattern.compile("^([ |]*)\\+-o (.*?)  <class ([^,>]+)(?:, id (0x[0-9a-fA-F]+))?.*$");

    private final String text;
    private int pos;

    private IoregText(String text) {
        this.text = text;
    }

    /** The top-level entries of the output (with {@code -r}: one per match; otherwise the root). */
    public static List<IoregNode> parse(String output) {
        List<IoregNode> roots = new ArrayList<>();
        Deque<Integer> columns = new ArrayDeque<>();
        Deque<IoregNode> open = new ArrayDeque<>();
        IoregNode current = null;
        for (String line : output.split("\r?\n")) {
            Matcher node = NODE.matcher(line);
            if (node.matches()) {
                int column = node.group(1).length();
                IoregNode entry = new IoregNode(node.group(2), node.group(3).trim(),
                        node.group(4) == null ? "" : node.group(4));
                while (!columns.isEmpty() && columns.peek() >= column) {
                    columns.pop();
                    open.pop();
                }
                if (open.isEmpty()) {
                    roots.add(entry);
                } else {
                    open.peek().add(entry);
                }
                columns.push(column);
                open.push(entry);
                current = entry;
                continue;
            }
            if (current != null) {
                property(current, stripRails(line));
            }
        }
        return roots;
    }

    /** Every entry of the output, depth first. */
    public static List<IoregNode> all(String output) {
        List<IoregNode> all = new ArrayList<>();
        parse(output).forEach(root -> all.addAll(root.subtree()));
        return all;
    }

    private static String stripRails(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '|' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(i).trim();
    }

    private static void property(IoregNode node, String line) {
        if (line.startsWith("{") && line.endsWith("}") && line.length() > 2) {
            // a one-line property block: { "IOClass" = "IOMediaBSDClient" }
            property(node, line.substring(1, line.length() - 1).trim());
            return;
        }
        if (!line.startsWith("\"")) {
            return;
        }
        int end = line.indexOf("\" = ", 1);
        if (end < 0) {
            return;
        }
        String key = line.substring(1, end);
        String raw = line.substring(end + 4).trim();
        node.put(key, topLevelValue(raw));
    }

    /** A top-level value runs to the end of its line, so a string may hold anything between its quotes. */
    private static Object topLevelValue(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1);
        }
        IoregText parser = new IoregText(raw);
        try {
            Object value = parser.value();
            return parser.pos == raw.length() ? value : raw;
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /** Parses one value (public for callers holding a value's text, e.g. from another tool). */
    public static Object parseValue(String raw) {
        return topLevelValue(raw.trim());
    }

    private Object value() {
        skipSpaces();
        if (pos >= text.length()) {
            return "";
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '"' -> string();
            case '<' -> data();
            case '{' -> dictionary();
            case '(' -> array();
            default -> scalar();
        };
    }

    private String string() {
        pos++; // opening quote
        int start = pos;
        while (pos < text.length()) {
            if (text.charAt(pos) == '"' && (pos + 1 == text.length() || ",})=".indexOf(text.charAt(pos + 1)) >= 0)) {
                String value = text.substring(start, pos);
                pos++;
                return value;
            }
            pos++;
        }
        throw new IllegalArgumentException("unterminated string");
    }

    private byte[] data() {
        if (text.startsWith("<\"", pos)) {
            int end = text.indexOf("\">", pos + 2);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated data");
            }
            String inner = text.substring(pos + 2, end);
            pos = end + 2;
            return inner.getBytes(StandardCharsets.UTF_8);
        }
        int end = text.indexOf('>', pos);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated data");
        }
        String hex = text.substring(pos + 1, end).replaceAll("\\s+", "");
        pos = end + 1;
        return HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : "0" + hex);
    }

    private Map<String, Object> dictionary() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (pos < text.length() && text.charAt(pos) != '}') {
            skipSpaces();
            if (text.charAt(pos) != '"') {
                throw new IllegalArgumentException("dictionary key expected");
            }
            String key = string();
            expect('=');
            map.put(key, value());
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            }
        }
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        while (pos < text.length() && text.charAt(pos) != ')') {
            list.add(value());
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            }
        }
        expect(')');
        return list;
    }

    private Object scalar() {
        int start = pos;
        while (pos < text.length() && ",})".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String token = text.substring(start, pos).trim();
        if (token.equals("Yes")) {
            return Boolean.TRUE;
        }
        if (token.equals("No")) {
            return Boolean.FALSE;
        }
        try {
            if (token.startsWith("0x")) {
                return Long.parseUnsignedLong(token.substring(2), 16);
            }
            if (token.startsWith("-")) {
                return Long.parseLong(token);
            }
            // ioreg prints unsigned 64-bit values; the largest wrap to negative longs
            return Long.parseUnsignedLong(token);
        } catch (NumberFormatException e) {
            return token;
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private void expect(char c) {
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw new IllegalArgumentException("'" + c + "' expected at " + pos);
        }
        pos++;
    }
}
