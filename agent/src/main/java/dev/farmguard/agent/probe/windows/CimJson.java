package dev.farmguard.agent.probe.windows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.farmguard.agent.probe.ProbeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code ConvertTo-Json} prints for CIM/WMI objects, with its quirks: one object where a list
 * was meant (a single instance), {@code null} for an empty property, enums as numbers, and date-times in
 * three forms (Windows PowerShell 5.1's {@code "/Date(ms)/"}, ISO-8601 from PowerShell 7 or
 * {@code .ToString('o')}, and raw DMTF {@code yyyyMMddHHmmss.ffffff+UUU} from WMI).
 */
public final class CimJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final Pattern DMTF = Pattern.compile("(\\d{14})\\.(\\d{6})([+-])(\\d{3})");

    private CimJson() {
    }

    /** Parses a document; blank output (a cmdlet that found nothing) is a missing node. */
    public static JsonNode parse(String json, String what) throws ProbeException {
        if (json.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProbeException(what + " printed no valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The elements of an array, a lone object as one element, nothing for null or missing. */
    public static List<JsonNode> items(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return items;
        }
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        return items;
    }

    /** A field as text ("" for null or missing; numbers and booleans in their JSON spelling). */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return "";
        }
        return value.asText().trim();
    }

    /** A field holding a string or a list of strings. */
    public static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items(node.path(field))) {
            if (item.isValueNode() && !item.asText().isBlank()) {
                out.add(item.asText().trim());
            }
        }
        return out;
    }

    /** A whole-number field; numeric text counts, anything else is the default. */
    public static long number(JsonNode node, String field, long defaultValue) {
        JsonNode value = node.path(field);
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().trim());
            } catch (NumberFormatException e) {
                return defaultValue;
            }
        }
        return defaultValue;
    }

    /** A field holding a list of whole numbers (or one). */
    public static List<Long> numbers(JsonNode node, String field) {
        List<Long> out = new ArrayList<>();
        for (JsonNode item : items(node.path(field))) {
            if (item.isIntegralNumber()) {
                out.add(item.asLong());
            } else if (item.isTextual() && item.asText().trim().matches("-?\\d+")) {
                out.add(Long.parseLong(item.asText().trim()));
            }
        }
        return out;
    }

    /** A boolean field (JSON booleans, "True"/"False"), empty when absent. */
    public static Optional<Boolean> bool(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            if (text.equalsIgnoreCase("true")) {
                return Optional.of(true);
            }
            if (text.equalsIgnoreCase("false")) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    /** A date-time field in any of the three forms, empty when absent or unreadable. */
    public static Optional<Instant> instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isObject()) {
            value = value.path("value"); // Windows PowerShell 5.1 wraps some DateTimes as {value, DisplayHint}
        }
        return value.isTextual() ? parseInstant(value.asText().trim()) : Optional.empty();
    }

    static Optional<Instant> parseInstant(String text) {
        Matcher ms = MS_DATE.matcher(text);
        if (ms.matches()) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(ms.group(1))));
        }
        Matcher dmtf = DMTF.matcher(text);
        if (dmtf.matches()) {
            LocalDateTime local = LocalDateTime.parse(dmtf.group(1), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    .plusNanos(Long.parseLong(dmtf.group(2)) * 1000);
            int minutes = Integer.parseInt(dmtf.group(4)) * (dmtf.group(3).equals("-") ? -1 : 1);
            return Optional.of(local.toInstant(ZoneOffset.ofTotalSeconds(minutes * 60)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
