package dev.farmguard.collector.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static String print(int width, List<List<String>> rows) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            new Table(List.of("ID", "NAME", "NOTE")).print(out, rows, width);
        }
        return s.toString();
    }

    @Test
    void wideEnoughPrintsEverythingAligned() {
        assertThat(print(80, List.of(List.of("a", "alice", "x"), List.of("bb", "bob", "")))).isEqualTo(
                "ID  NAME   NOTE\na   alice  x\nbb  bob\n");
    }

    @Test
    void tooWideCutsTheWidestCellThenDropsTheLastColumns() {
        String name = "n".repeat(40);
        String cut = print(30, List.of(List.of("a", name, "note")));
        assertThat(cut.split("\n")[1]).hasSize(30).contains("…").endsWith("note");
        String dropped = print(12, List.of(List.of("a", name, "note")));
        assertThat(dropped.split("\n")[0]).isEqualTo("ID  NAME");
        assertThat(dropped.split("\n")[1]).hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        assertThat(print(80, List.of(List.of("a", "evil\u001b[2J", "")))).contains("evil?[2J").doesNotContain("\u001b");
    }
}
