package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextTailTest {

    @TempDir
    Path dir;

    @Test
    void theTailOfALargeFileStartsAtAWholeLine() throws IOException {
        Path log = dir.resolve("ad.trace");
        Files.writeString(log, "first line\nsecond line\nthird line\n");

        assertThat(TextTail.lines(log, 16)).containsExactly("third line");
        assertThat(TextTail.lines(log, 15)).containsExactly("third line");
        assertThat(TextTail.lines(log, 1000)).containsExactly("first line", "second line", "third line");
        assertThat(TextTail.lines(dir.resolve("missing"), 1000)).isEmpty();
    }

    @Test
    void utf16LogsWithAByteOrderMarkAreReadToo() throws IOException {
        Path utf16 = dir.resolve("log16.txt");
        byte[] body = "alpha\r\nbeta\r\ngamma\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[body.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withMark, 2, body.length);
        Files.write(utf16, withMark);

        assertThat(TextTail.lines(utf16, 1000)).containsExactly("alpha", "beta", "gamma");
        assertThat(TextTail.lines(utf16, 14)).containsExactly("gamma");
    }
}
