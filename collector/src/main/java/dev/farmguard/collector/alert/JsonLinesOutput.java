package dev.farmguard.collector.alert;

import dev.farmguard.collector.config.AlertOutputConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Appends each event as one JSON line for a SIEM shipper (Filebeat, Fluent Bit, Vector) and forces it to disk
 * before it counts as delivered. When a line would take the file past {@code max-bytes} the file is rotated first:
 * {@code path.(keep-1)} becomes {@code path.keep} (the oldest is deleted), ..., {@code path} becomes {@code path.1},
 * the way shippers that follow renamed files expect.
 */
final class JsonLinesOutput implements AlertOutput {

    private final String name;
    private final Path path;
    private final long maxBytes;
    private final int keep;
    private FileChannel channel;

    JsonLinesOutput(AlertOutputConfig.JsonLines config) {
        this.name = config.name();
        this.path = config.path().toAbsolutePath();
        this.maxBytes = config.maxBytes();
        this.keep = config.keep();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Delivery send(String eventId, String body) {
        byte[] line = (body.replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (channel == null) {
                open();
            }
            if (channel.size() > 0 && channel.size() + line.length > maxBytes) {
                rotate();
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
            return Delivery.delivered();
        } catch (IOException e) {
            close();
            return Delivery.retry("writing " + path + " failed: " + e.getClass().getSimpleName() + " "
                    + e.getMessage());
        }
    }

    private void open() throws IOException {
        Path dir = path.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    private void rotate() throws IOException {
        close();
        Files.deleteIfExists(rotated(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(rotated(i))) {
                Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(path, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    private Path rotated(int n) {
        return path.resolveSibling(path.getFileName() + "." + n);
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // every line was forced to disk already
            }
            channel = null;
        }
    }
}
