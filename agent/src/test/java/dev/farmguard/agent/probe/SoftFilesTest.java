package dev.farmguard.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftFilesTest {

    @TempDir
    Path dir;

    @Test
    void theTailOfALargeFileStartsAtAWholeLine() throws IOException {
        Path log = dir.resolve("ad.trace");
        Files.writeString(log, "first line\nsecond line\nthird line\n");

        assertThat(SoftFiles.readTailLines(log, 16)).containsExactly("third line");
        assertThat(SoftFiles.readTailLines(log, 1000)).containsExactly("first line", "second line", "third line");
        assertThat(SoftFiles.readTailLines(dir.resolve("missing"), 1000)).isEmpty();
    }
}
