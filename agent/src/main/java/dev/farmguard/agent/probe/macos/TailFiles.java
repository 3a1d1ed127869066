package dev.farmguard.agent.probe.macos;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the end of a log that only grows: the newest entries are last, and a trace can reach many MiB. */
public final class TailFiles {

    private TailFiles() {
    }

    /** The last {@code maxBytes} of the file as lines (a line cut at the start is dropped); empty if unreadable. */
    public static List<String> lastLines(Path file, int maxBytes) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long start = Math.max(0, length - maxBytes);
            byte[] bytes = new byte[(int) (length - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            return start > 0 && !lines.isEmpty() ? lines.subList(1, lines.size()) : lines;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return List.of();
        }
    }
}
