package dev.farmguard.agent.probe.windows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only view of the registry. Keys are written with their hive, e.g.
 * {@code HKLM\SYSTEM\CurrentControlSet\Enum\USB} ({@code HKLM}, {@code HKU}, {@code HKCU}). Values come
 * as the JNA registry helpers return them: REG_SZ and REG_EXPAND_SZ as {@link String}, REG_DWORD as
 * {@link Integer}, REG_QWORD as {@link Long}, REG_BINARY as {@code byte[]}, REG_MULTI_SZ as
 * {@code String[]}. A missing or unreadable key reads as empty. Live: {@link JnaRegistry}.
 */
public interface WindowsRegistry {

    /** Names of the key's subkeys, in registry order. */
    List<String> subKeys(String key);

    /** The key's values by name ("" is the default value). */
    Map<String, Object> values(String key);

    default Optional<Object> value(String key, String name) {
        return Optional.ofNullable(values(key).get(name));
    }

    /** A string value, "" when absent or of another type. */
    default String string(String key, String name) {
        return value(key, name).filter(String.class::isInstance).map(String.class::cast).orElse("");
    }

    /** A DWORD (or QWORD) value. */
    default Optional<Long> number(String key, String name) {
        return value(key, name).flatMap(v -> {
            if (v instanceof Integer i) {
                return Optional.of(Integer.toUnsignedLong(i));
            }
            return v instanceof Long l ? Optional.of(l) : Optional.empty();
        });
    }

    /** A binary value, empty array when absent or of another type. */
    default byte[] binary(String key, String name) {
        return value(key, name).filter(byte[].class::isInstance).map(v -> ((byte[]) v).clone()).orElse(new byte[0]);
    }

    /** A multi-string value (a plain string reads as one element). */
    default List<String> strings(String key, String name) {
        return value(key, name).map(v -> {
            if (v instanceof String[] array) {
                return List.of(array);
            }
            return v instanceof String s ? List.of(s) : List.<String>of();
        }).orElse(List.of());
    }
}
