package dev.farmguard.agent.probe.macos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One I/O Registry entry as {@code ioreg} prints it: its name (with "@location"), class, registry id,
 * properties and children. Property values are {@link String}, {@link Long}, {@link Boolean}, {@code byte[]}
 * (data), {@code Map<String, Object>} (dictionary) or {@code List<Object>} (array).
 */
public final class IoregNode {

    private final String name;
    private final String className;
    private final String registryId;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<IoregNode> children = new ArrayList<>();

    IoregNode(String name, String className, String registryId) {
        this.name = name;
        this.className = className;
        this.registryId = registryId;
    }

    /** The entry name as printed, e.g. "PiKVM Composite Device@00100000". */
    public String name() {
        return name;
    }

    public String className() {
        return className;
    }

    /** The registry id, e.g. "0x100000bdc"; "" when the line had none. */
    public String registryId() {
        return registryId;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public List<IoregNode> children() {
        return Collections.unmodifiableList(children);
    }

    void put(String key, Object value) {
        properties.put(key, value);
    }

    void add(IoregNode child) {
        children.add(child);
    }

    /** A text property: a string, or data holding text (ioreg prints such data as {@code <"text">}). */
    public Optional<String> string(String key) {
        return text(properties.get(key));
    }

    /** A number property. */
    public Optional<Long> number(String key) {
        return properties.get(key) instanceof Long value ? Optional.of(value) : Optional.empty();
    }

    /** A Yes/No property. */
    public Optional<Boolean> bool(String key) {
        return properties.get(key) instanceof Boolean value ? Optional.of(value) : Optional.empty();
    }

    /** A data property's bytes. */
    public Optional<byte[]> data(String key) {
        return properties.get(key) instanceof byte[] value ? Optional.of(value.clone()) : Optional.empty();
    }

    /** A dictionary property. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> dictionary(String key) {
        return properties.get(key) instanceof Map<?, ?> value ? Optional.of((Map<String, Object>) value) : Optional.empty();
    }

    /** This node and every node below it, depth first. */
    public List<IoregNode> subtree() {
        List<IoregNode> all = new ArrayList<>();
        collect(all, node -> true);
        return all;
    }

    /** Nodes below this one matching the filter, without descending into nodes that {@code stop} accepts. */
    public List<IoregNode> descendants(Predicate<IoregNode> filter, Predicate<IoregNode> stop) {
        List<IoregNode> found = new ArrayList<>();
        for (IoregNode child : children) {
            child.walk(found, filter, stop);
        }
        return found;
    }

    private void walk(List<IoregNode> found, Predicate<IoregNode> filter, Predicate<IoregNode> stop) {
        if (filter.test(this)) {
            found.add(this);
        }
        if (stop.test(this)) {
            return;
        }
        for (IoregNode child : children) {
            child.walk(found, filter, stop);
        }
    }

    private void collect(List<IoregNode> all, Predicate<IoregNode> filter) {
        if (filter.test(this)) {
            all.add(this);
        }
        children.forEach(child -> child.collect(all, filter));
    }

    /** Text of a string value, or of data that holds text (trailing NULs dropped). */
    public static Optional<String> text(Object value) {
        if (value instanceof String text) {
            return Optional.of(text);
        }
        if (value instanceof byte[] bytes) {
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] == 0) {
                end--;
            }
            return Optional.of(new String(bytes, 0, end, StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name + " <" + className + ", " + registryId + ">";
    }
}
