package dev.farmguard.agent.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the end of a text log that may be large (AnyDesk's traces grow to many MB): the last
 * {@code maxBytes}, without the partial line the cut leaves at the start. UTF-16 files (with a byte order
 * mark, as Windows tools write them) and UTF-8 files are both read; missing or unreadable files read as no
 * lines.
 */
public final class TextTail {

    private TextTail() {
    }

    /** The lines of the last {@code maxBytes} of the file, or an empty list when it cannot be read. */
    public static List<String> lines(Path file, int maxBytes) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(2, size));
            channel.read(head);
            Charset charset = head.position() == 2 && (head.get(0) & 0xFF) == 0xFF && (head.get(1) & 0xFF) == 0xFE
                    ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
            int unit = charset == StandardCharsets.UTF_16LE ? 2 : 1;
            long origin = unit == 2 ? 2 : 0; // after the byte order mark
            long start = Math.max(origin, size - maxBytes);
            start -= (start - origin) % unit; // whole code units
            boolean cut = start > origin;
            long from = cut ? start - unit : start; // one unit before the cut tells whether a line starts there
            channel.position(from);
            ByteBuffer body = ByteBuffer.allocate((int) (size - from));
            while (body.hasRemaining() && channel.read(body) > 0) {
                // keep reading until the buffer is full or the file ends
            }
            String text = new String(body.array(), 0, body.position(), charset);
            if (cut) {
                int newline = text.indexOf('\n');
                text = newline < 0 ? "" : text.substring(newline + 1);
            }
            return text.lines().toList();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return List.of();
        }
    }
}
