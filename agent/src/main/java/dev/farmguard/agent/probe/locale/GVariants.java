package dev.farmguard.agent.probe.locale;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the two GVariant shapes input-method settings use, from GVariant's serialization format: a variant
 * ({@code v}) is its child's bytes, a 0 byte and the child's type string; an array of variable-size elements
 * ends with one framing offset per element (each the end of that element), the offsets' width set by the
 * container's size (1 byte up to 255 bytes, then 2, 4, 8); a structure stores the end of each non-last
 * variable-size member as a framing offset at its own end; a string is UTF-8 ending in a 0 byte.
 */
public final class GVariants {

    /** One {@code (ss)} pair. */
    public record StringPair(String first, String second) {
    }

    private GVariants() {
    }

    /** The child's type and bytes of a serialized variant, or null when malformed. */
    static Variant unwrap(byte[] variant) {
        for (int i = variant.length - 1; i >= 0; i--) {
            if (variant[i] == 0) {
                byte[] child = new byte[i];
                System.arraycopy(variant, 0, child, 0, i);
                return new Variant(new String(variant, i + 1, variant.length - i - 1, StandardCharsets.US_ASCII), child);
            }
        }
        return null;
    }

    record Variant(String type, byte[] data) {
    }

    /** A variant holding {@code as}; empty when it holds something else or is malformed. */
    public static List<String> stringArray(byte[] variant) {
        Variant v = unwrap(variant);
        if (v == null || !v.type().equals("as")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (byte[] element : elements(v.data())) {
            out.add(string(element, 0, element.length));
        }
        return out;
    }

    /** A variant holding {@code a(ss)}; empty when it holds something else or is malformed. */
    public static List<StringPair> stringPairArray(byte[] variant) {
        Variant v = unwrap(variant);
        if (v == null || !v.type().equals("a(ss)")) {
            return List.of();
        }
        List<StringPair> out = new ArrayList<>();
        for (byte[] element : elements(v.data())) {
            int size = offsetSize(element.length);
            if (element.length < size + 2) {
                continue;
            }
            int firstEnd = (int) offset(element, element.length - size, size);
            if (firstEnd <= 0 || firstEnd > element.length - size) {
                continue;
            }
            out.add(new StringPair(string(element, 0, firstEnd), string(element, firstEnd, element.length - size)));
        }
        return out;
    }

    /** Elements of an array of variable-size elements (alignment 1). */
    private static List<byte[]> elements(byte[] data) {
        int size = offsetSize(data.length);
        List<byte[]> out = new ArrayList<>();
        if (size == 0) {
            return out;
        }
        long offsetsStart = offset(data, data.length - size, size);
        if (offsetsStart < 0 || offsetsStart > data.length || (data.length - offsetsStart) % size != 0) {
            return out;
        }
        int count = (int) ((data.length - offsetsStart) / size);
        int start = 0;
        for (int i = 0; i < count; i++) {
            long end = offset(data, (int) offsetsStart + i * size, size);
            if (end < start || end > offsetsStart) {
                return List.of();
            }
            byte[] element = new byte[(int) end - start];
            System.arraycopy(data, start, element, 0, element.length);
            out.add(element);
            start = (int) end;
        }
        return out;
    }

    static int offsetSize(long containerSize) {
        if (containerSize == 0) {
            return 0;
        }
        if (containerSize <= 0xFF) {
            return 1;
        }
        if (containerSize <= 0xFFFF) {
            return 2;
        }
        return containerSize <= 0xFFFFFFFFL ? 4 : 8;
    }

    private static long offset(byte[] data, int at, int size) {
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (data[at + i] & 0xFF);
        }
        return value;
    }

    /** A serialized string in [from, to): its bytes up to the terminating 0. */
    private static String string(byte[] data, int from, int to) {
        int end = from;
        while (end < to && data[end] != 0) {
            end++;
        }
        return new String(data, from, end - from, StandardCharsets.UTF_8);
    }
}
