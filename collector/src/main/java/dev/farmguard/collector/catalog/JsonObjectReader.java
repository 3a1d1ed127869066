package dev.farmguard.collector.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads one JSON object of a protobuf canonical JSON document: fields by their lowerCamel name (the proto
 * name in snake_case is accepted too, as protobuf's own parser does), wrong types and unknown fields reported
 * with the path of the value.
 */
final class JsonObjectReader {

    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    private final JsonNode node;
    private final String path;
    private final List<String> problems;
    private final Set<String> known = new HashSet<>();

    JsonObjectReader(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        if (!node.isObject()) {
            problems.add(path + " must be a JSON object");
        }
    }

    String path() {
        return path;
    }

    String string(String camelName) {
        JsonNode value = field(camelName);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            problems.add(path + "." + camelName + " must be a string");
            return "";
        }
        return value.asText();
    }

    boolean bool(String camelName) {
        JsonNode value = field(camelName);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(path + "." + camelName + " must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    long uint32(String camelName) {
        return uint32(field(camelName), path + "." + camelName);
    }

    List<String> strings(String camelName) {
        return list(camelName, (item, itemPath) -> {
            if (!item.isTextual()) {
                problems.add(itemPath + " must be a string");
                return null;
            }
            return item.asText();
        });
    }

    List<Integer> uint32s(String camelName) {
        return list(camelName, (item, itemPath) -> (int) uint32(item, itemPath));
    }

    <T> List<T> objects(String camelName, Function<JsonObjectReader, T> parser) {
        return list(camelName, (item, itemPath) -> parser.apply(new JsonObjectReader(item, itemPath, problems)));
    }

    /** Reports fields this reader was never asked for (typos such as "processName" would otherwise be lost). */
    void rejectUnknownFields() {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(path + " has unknown field \"" + name + "\"");
            }
        }
    }

    private <T> List<T> list(String camelName, BiFunction<JsonNode, String, T> itemParser) {
        JsonNode value = field(camelName);
        List<T> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        String listPath = path + "." + camelName;
        if (!value.isArray()) {
            problems.add(listPath + " must be an array");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            T item = itemParser.apply(value.get(i), listPath + "[" + i + "]");
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private long uint32(JsonNode value, String valuePath) {
        if (value == null || value.isNull()) {
            return 0;
        }
        long n;
        if (value.isIntegralNumber()) {
            n = value.asLong();
        } else if (value.isTextual() && value.asText().matches("\\d{1,10}")) {
            n = Long.parseLong(value.asText()); // protobuf JSON also accepts integers as strings
        } else {
            problems.add(valuePath + " must be an unsigned 32-bit integer");
            return 0;
        }
        if (n < 0 || n > UINT32_MAX) {
            problems.add(valuePath + " is out of the unsigned 32-bit range: " + n);
            return 0;
        }
        return n;
    }

    private JsonNode field(String camelName) {
        String snake = camelName.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        known.add(camelName);
        known.add(snake);
        if (!node.isObject()) {
            return null;
        }
        JsonNode value = node.get(camelName);
        return value != null ? value : node.get(snake);
    }
}
