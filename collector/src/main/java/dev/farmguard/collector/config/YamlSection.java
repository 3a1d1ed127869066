package dev.farmguard.collector.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** One mapping of the config file, read with its dotted path so every error names the exact key. */
final class YamlSection {

    private final String path;
    private final JsonNode node;

    YamlSection(String path, JsonNode node, Set<String> knownKeys) {
        this.path = path;
        this.node = node;
        if (!node.isObject()) {
            throw new ConfigException(display(), "expected a mapping of keys", "write it as 'key: value' lines");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!knownKeys.contains(name)) {
                throw new ConfigException(key(name), "unknown key",
                        "remove it or use one of " + String.join(", ", new java.util.TreeSet<>(knownKeys)));
            }
        }
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    YamlSection section(String name, Set<String> knownKeys) {
        return new YamlSection(key(name), node.get(name), knownKeys);
    }

    String string(String name) {
        JsonNode value = node.get(name);
        if (!value.isValueNode() || value.isNull()) {
            throw new ConfigException(key(name), "expected a single value", "write 'key: value'");
        }
        return value.asText().trim();
    }

    <T> T parsed(String name, String expected, Function<String, T> parser) {
        String text = string(name);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key(name), "bad value '" + text + "': " + e.getMessage(), "use " + expected);
        }
    }

    int positiveInt(String name, int max) {
        JsonNode value = node.get(name);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() <= 0 || value.asInt() > max) {
            throw new ConfigException(key(name), "bad value '" + value.asText() + "'",
                    "use a whole number from 1 to " + max);
        }
        return value.asInt();
    }

    Duration duration(String name) {
        return parsed(name, "a positive duration such as 500ms, 10s, 5m, 2h, 90d or PT10S", YamlSection::parseDuration);
    }

    /** A number (integer or decimal) in {@code [min, max]}. */
    double number(String name, double min, double max) {
        JsonNode value = node.get(name);
        if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            throw new ConfigException(key(name), "bad value '" + value.asText() + "'",
                    "use a number from " + plain(min) + " to " + plain(max));
        }
        return value.asDouble();
    }

    /** A whole number in {@code [min, max]}. */
    int wholeNumber(String name, int min, int max) {
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw new ConfigException(key(name), "bad value '" + value.asText() + "'",
                    "use a whole number from " + min + " to " + max);
        }
        return value.asInt();
    }

    /** A mapping whose keys are free (e.g. rule ids); a non-mapping fails naming the key. */
    YamlSection openSection(String name) {
        JsonNode value = node.get(name);
        Set<String> keys = new java.util.HashSet<>();
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(keys::add);
        }
        return new YamlSection(key(name), value, keys);
    }

    /** A list of mappings, each read as a section with these keys; items are named {@code name[i]}. */
    List<YamlSection> sections(String name, Set<String> knownKeys) {
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw new ConfigException(key(name), "expected a list", "write it as '- key: value' items");
        }
        List<YamlSection> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(new YamlSection(key(name) + "[" + i + "]", value.get(i), knownKeys));
        }
        return out;
    }

    /** The keys of this mapping, in file order. */
    List<String> keys() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    <T> List<T> list(String name, String expected, Function<String, T> parser) {
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw new ConfigException(key(name), "expected a list", "write it as [a, b] or as '- a' lines");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemKey = key(name) + "[" + i + "]";
            if (!item.isValueNode() || item.isNull()) {
                throw new ConfigException(itemKey, "expected a single value", "use " + expected);
            }
            try {
                out.add(parser.apply(item.asText().trim()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(itemKey, "bad value '" + item.asText() + "': " + e.getMessage(),
                        "use " + expected);
            }
        }
        return out;
    }

    String key(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private String display() {
        return path.isEmpty() ? "(top level)" : path;
    }

    static Duration parseDuration(String text) {
        return DurationText.parse(text);
    }
}
