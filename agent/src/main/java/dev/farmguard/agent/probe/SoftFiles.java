package dev.farmguard.agent.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File reads that fail soft: sysfs and procfs files vanish, refuse reads and hold odd bytes on real
 * systems, and one odd file must not stop a probe. Missing or unreadable means "empty".
 */
public final class SoftFiles {

    /** sysfs attributes are at most a page; EDIDs and report descriptors a few KiB; cap what we trust. */
    private static final int MAX_BYTES = 1 << 20;

    private SoftFiles() {
    }

    /** The file's text with surrounding whitespace trimmed, or "" when it cannot be read. */
    public static String readTrimmed(Path file) {
        return read(file).map(String::trim).orElse("");
    }

    /** The file's text (UTF-8, invalid bytes replaced), or empty when it cannot be read. */
    public static Optional<String> read(Path file) {
        return readBytesIfPresent(file).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** The file's bytes (at most 1 MiB), or an empty array when it cannot be read. */
    public static byte[] readBytes(Path file) {
        return readBytesIfPresent(file).orElseGet(() -> new byte[0]);
    }

    /** The file's bytes (at most 1 MiB), or empty when it cannot be read. */
    public static Optional<byte[]> readBytesIfPresent(Path file) {
        try (var in = Files.newInputStream(file)) {
            return Optional.of(in.readNBytes(MAX_BYTES));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The file's lines, or an empty list when it cannot be read. */
    public static List<String> readLines(Path file) {
        return read(file).map(text -> text.lines().toList()).orElse(List.of());
    }

    /** The target of a symbolic link, or empty when it is not a readable link. */
    public static Optional<Path> readLink(Path link) {
        try {
            return Optional.of(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Entries of a directory sorted by name, or an empty list when it cannot be listed. */
    public static List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        entries.sort(null);
        return entries;
    }
}
