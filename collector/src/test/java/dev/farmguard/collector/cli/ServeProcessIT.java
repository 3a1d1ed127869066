package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a real process: starts, writes its files, stops cleanly on SIGTERM, never logs the token. */
class ServeProcessIT {

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheCollectorGracefully() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path data = dir.resolve("data");
        Path log = dir.resolve("collector.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, CollectorMain.class.getName(), "serve", "--data", data.toString(),
                "--agent-listen", "127.0.0.1:0", "--api-listen", "127.0.0.1:0"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path listen = data.resolve("listen.json");
            for (int i = 0; i < 600 && !Files.exists(listen) && p.isAlive(); i++) {
                Thread.sleep(100); // waiting for another process to start, not timing behaviour
            }
            assertThat(listen).as("listen.json; log:%n%s", Files.readString(log)).exists();
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(log);
            assertThat(output).contains("collector stopping").contains("collector stopped");
            String token = Files.readString(data.resolve("admin.token")).trim();
            assertThat(output).doesNotContain(token).contains("admin.token");
            assertThat(new File(data.toFile(), "ca.pem")).exists();
        } finally {
            p.destroyForcibly();
        }
    }
}
