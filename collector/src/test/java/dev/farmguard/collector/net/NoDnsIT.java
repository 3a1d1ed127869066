package dev.farmguard.collector.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Agent-reported strings never make the collector resolve a name: a JVM whose only name service is a hosts
 * file that maps host-like strings (face.b00c, localhost, ...) to 192.0.2.x runs every IP parser on them; a
 * 192.0.2.x in its output would mean a parser asked the name service.
 */
class NoDnsIT {

    private static final List<String> HOST_LIKE = List.of("face.b00c", "cafe.babe", "localhost", "example.com",
            "dead.beef.c0de", "[face.b00c]");

    @Test
    void hostLikeStringsAreNeverResolved() throws Exception {
        Path hosts = Path.of("src/test/resources/net/no-dns/hosts").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.net.hosts.file=" + hosts, "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                DnsProbe.class.getName()));
        command.addAll(HOST_LIKE);
        command.add("192.0.2.1");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // the probe's control line: a real literal is parsed (so the probe did run the parsers)
        assertThat(out).contains("192.0.2.1 literal=192.0.2.1 cidr=192.0.2.1/32");
        for (String h : HOST_LIKE) {
            assertThat(out).as("what the parsers made of '%s'", h).contains(h + " literal=- cidr=-");
        }
        assertThat(out).doesNotContain("192.0.2.9");
    }
}
