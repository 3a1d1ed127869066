package dev.farmguard.agent.probe.locale;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a dconf database (GVDB file, e.g. {@code ~/.config/dconf/user}): header {@code "GVariant"}, version,
 * options and a pointer to the root hash table; the table has a bloom filter and buckets (skipped: every item
 * is walked) followed by 24-byte items {hash, parent index, key start, key size (16 bit), type, unused,
 * value pointer}. Keys are stored relative to their parent item; value items ({@code 'v'}) point at a
 * serialized GVariant of type {@code v}. Little-endian files only (dconf writes the host's order).
 */
public final class DconfDatabase {

    private static final byte[] SIGNATURE = "GVariant".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 24;
    private static final int ITEM = 24;
    private static final int NO_PARENT = -1;

    private DconfDatabase() {
    }

    /** Serialized values by full key (e.g. "/org/gnome/desktop/input-sources/sources"); empty for a bad file. */
    public static Map<String, byte[]> values(byte[] file) {
        try {
            return read(file);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    private static Map<String, byte[]> read(byte[] file) {
        if (file.length < HEADER || !startsWithSignature(file)) {
            return Map.of();
        }
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int rootStart = b.getInt(16);
        int rootEnd = b.getInt(20);
        check(rootStart, rootEnd, file.length);
        int bloomWords = b.getInt(rootStart) & ((1 << 27) - 1);
        int buckets = b.getInt(rootStart + 4);
        long itemsStart = rootStart + 8L + 4L * bloomWords + 4L * buckets;
        if (buckets < 0 || itemsStart > rootEnd) {
            return Map.of();
        }
        int count = (int) ((rootEnd - itemsStart) / ITEM);
        String[] keys = new String[count];
        int[] parents = new int[count];
        Map<String, byte[]> values = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = (int) itemsStart + i * ITEM;
            parents[i] = b.getInt(at + 4);
        }
        for (int i = 0; i < count; i++) {
            int at = (int) itemsStart + i * ITEM;
            String key = fullKey(b, file, (int) itemsStart, parents, keys, i, 0);
            if (file[at + 14] == 'v') {
                int start = b.getInt(at + 16);
                int end = b.getInt(at + 20);
                check(start, end, file.length);
                byte[] value = new byte[end - start];
                System.arraycopy(file, start, value, 0, value.length);
                values.put(key, value);
            }
        }
        return values;
    }

    private static String fullKey(ByteBuffer b, byte[] file, int itemsStart, int[] parents, String[] keys, int i,
                                  int depth) {
        if (keys[i] != null) {
            return keys[i];
        }
        if (depth > 64) {
            throw new IllegalArgumentException("dconf key nesting too deep (a parent loop)");
        }
        int at = itemsStart + i * ITEM;
        int keyStart = b.getInt(at + 8);
        int keySize = Short.toUnsignedInt(b.getShort(at + 12));
        check(keyStart, keyStart + keySize, file.length);
        String own = new String(file, keyStart, keySize, StandardCharsets.UTF_8);
        int parent = parents[i];
        String prefix = parent == NO_PARENT || parent < 0 || parent >= parents.length ? ""
                : fullKey(b, file, itemsStart, parents, keys, parent, depth + 1);
        keys[i] = prefix + own;
        return keys[i];
    }

    private static boolean startsWithSignature(byte[] file) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (file[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static void check(long start, long end, int length) {
        if (start < 0 || end < start || end > length) {
            throw new IllegalArgumentException("pointer outside the file");
        }
    }

    /** Convenience: the value at a key, if present. */
    public static Optional<byte[]> value(Map<String, byte[]> values, String key) {
        return Optional.ofNullable(values.get(key));
    }
}
