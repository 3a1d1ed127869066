package dev.farmguard.collector.catalog.lolrmm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads LOLRMM's {@code rmm_tools.json}: a JSON array of tools, each with {@code Name}, {@code Details}
 * ({@code PEMetadata} as an object or a list, {@code InstallationPaths}) and {@code Artifacts} ({@code Disk},
 * {@code EventLog}, {@code Network}, {@code Other}). The file is community-edited, so optional fields may be
 * missing or null; a missing name, a non-array root or a field of the wrong kind is an error naming the tool.
 */
public final class LolrmmReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LolrmmReader() {
    }

    public static List<LolrmmTool> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LolrmmFormatException("cannot read LOLRMM file " + file.toAbsolutePath() + ": " + e.getMessage(),
                    e);
        }
        return parse(text, file.toAbsolutePath().toString());
    }

    public static List<LolrmmTool> parse(String json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LolrmmFormatException(origin + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || !root.isArray()) {
            throw new LolrmmFormatException(origin + " is not LOLRMM's rmm_tools.json: the top level must be an "
                    + "array of tools");
        }
        List<LolrmmTool> tools = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            tools.add(tool(root.get(i), i, origin));
        }
        return tools;
    }

    private static LolrmmTool tool(JsonNode node, int index, String origin) {
        String where = origin + " tool #" + index;
        if (!node.isObject()) {
            throw new LolrmmFormatException(where + " is not a JSON object");
        }
        String name = text(node, "Name", where);
        if (name.isBlank()) {
            throw new LolrmmFormatException(where + " has no Name");
        }
        where = where + " (" + name + ")";
        JsonNode details = object(node, "Details", where);
        JsonNode artifacts = object(node, "Artifacts", where);

        Set<String> executables = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        for (JsonNode pe : items(details, "PEMetadata", where, true)) {
            executables.add(text(pe, "Filename", where + " PEMetadata"));
            executables.add(text(pe, "OriginalFileName", where + " PEMetadata"));
        }
        List<String> rawPaths = new ArrayList<>(strings(details, "InstallationPaths", where));
        rawPaths.addAll(strings(artifacts, "InstallationPaths", where));
        rawPaths.addAll(strings(node, "InstallationPaths", where));
        for (String p : rawPaths) {
            (hasSeparator(p) ? paths : executables).add(p.trim());
        }
        for (JsonNode disk : items(artifacts, "Disk", where, false)) {
            String file = text(disk, "File", where + " Disk");
            if (!hasSeparator(file)) {
                executables.add(file.trim()); // bare program names such as tv_w32.exe
            }
        }
        Set<String> services = new LinkedHashSet<>();
        for (JsonNode event : items(artifacts, "EventLog", where, false)) {
            services.add(text(event, "ServiceName", where + " EventLog").trim());
        }
        for (JsonNode other : items(artifacts, "Other", where, false)) {
            String type = text(other, "Type", where + " Other").toLowerCase(Locale.ROOT);
            if (type.contains("service") || type.contains("daemon")) {
                services.add(text(other, "Value", where + " Other").trim());
            }
        }
        for (String p : paths) {
            String base = baseName(p);
            if (base.endsWith(".service") && p.replace('\\', '/').contains("/systemd/")) {
                services.add(base); // a unit file path names the unit
            }
        }
        List<Integer> ports = new ArrayList<>();
        Set<String> domains = new LinkedHashSet<>();
        for (JsonNode net : items(artifacts, "Network", where, false)) {
            for (JsonNode port : items(net, "Ports", where + " Network", false)) {
                if (port.isIntegralNumber()) {
                    ports.add(port.asInt());
                }
            }
            domains.addAll(strings(net, "Domains", where + " Network"));
        }
        executables.removeIf(String::isBlank);
        services.removeIf(String::isBlank);
        domains.removeIf(String::isBlank);
        return new LolrmmTool(index, name.trim(), text(node, "Category", where), text(details, "Website", where),
                text(node, "LastModified", where), List.copyOf(executables), List.copyOf(paths),
                List.copyOf(services), ports, List.copyOf(domains));
    }

    static boolean hasSeparator(String path) {
        return path.indexOf('\\') >= 0 || path.indexOf('/') >= 0;
    }

    static String baseName(String path) {
        String p = path.trim().replace('\\', '/');
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** A text field; missing or null is empty, anything but text is an error. */
    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean() || v.isNumber()) {
            return v.asText(); // LOLRMM writes some flags both as "true" and true
        }
        throw new LolrmmFormatException(where + ": " + field + " must be text");
    }

    private static JsonNode object(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new LolrmmFormatException(where + ": " + field + " must be an object");
        }
        return v;
    }

    /** Array items of a field (an object is accepted as a one-item list where LOLRMM mixes both). */
    private static List<JsonNode> items(JsonNode node, String field, String where, boolean objectAllowed) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (objectAllowed && v.isObject()) {
            out.add(v);
            return out;
        }
        if (!v.isArray()) {
            throw new LolrmmFormatException(where + ": " + field + " must be a list");
        }
        v.forEach(out::add);
        return out;
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items(node, field, where, false)) {
            if (!item.isNull()) {
                if (!item.isTextual()) {
                    throw new LolrmmFormatException(where + ": " + field + " must hold text, found " + item);
                }
                out.add(item.asText());
            }
        }
        return out;
    }
}
