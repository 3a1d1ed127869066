package dev.farmguard.agent.probe.macos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code system_profiler -json DATATYPE} output: {@code {"DATATYPE": [item, ...]}}. */
public final class SystemProfilerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SystemProfilerJson() {
    }

    /** The items of one data type; empty when the output is empty or not the expected JSON (fail soft). */
    public static List<JsonNode> items(String output, String dataType) {
        if (output.isBlank()) {
            return List.of();
        }
        try {
            JsonNode items = JSON.readTree(output).path(dataType);
            List<JsonNode> list = new ArrayList<>();
            items.forEach(list::add);
            return list;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** A text field, "" when missing or not text. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText("") : "";
    }
}
