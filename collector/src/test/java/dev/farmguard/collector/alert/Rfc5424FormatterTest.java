package dev.farmguard.collector.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rfc5424FormatterTest {

    private final Rfc5424Formatter local0 = new Rfc5424Formatter(16, "collector-1", "farmguard", "farmguard@32473");

    @Test
    void writesHeaderStructuredDataAndMessage() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("deviceId", "dev-1");
        params.put("risk", "91");
        params.put("absent", null);
        String text = local0.format(Instant.parse("2026-03-02T15:04:05.123456Z"), 2, "verdict-raised", params, "{}");

        assertThat(text).isEqualTo("<130>1 2026-03-02T15:04:05.123Z collector-1 farmguard - verdict-raised "
                + "[farmguard@32473 deviceId=\"dev-1\" risk=\"91\"] {}");
        Rfc5424Message parsed = Rfc5424Message.parse(text);
        assertThat(parsed.params()).containsExactly(Map.entry("deviceId", "dev-1"), Map.entry("risk", "91"));
        assertThat(parsed.msg()).isEqualTo("{}");
    }

    @Test
    void escapesQuoteBackslashAndBracketInValues() {
        String hostile = "a\"b\\c]d";
        String text = local0.format(Instant.parse("2026-03-02T15:04:05Z"), 4, "x", Map.of("hostname", hostile), "");

        assertThat(text).contains("hostname=\"a\\\"b\\\\c\\]d\"]");
        assertThat(Rfc5424Message.parse(text).params().get("hostname")).isEqualTo(hostile);
    }

    @Test
    void headerFieldsArePrintableAsciiCutToTheirLengthsAndNilWhenEmpty() {
        Rfc5424Formatter f = new Rfc5424Formatter(4, "host name\u00e9", "a".repeat(60), "farmguard@32473");
        String text = f.format(Instant.parse("2026-03-02T15:04:05Z"), 5, "", Map.of(), null);

        assertThat(text).isEqualTo("<37>1 2026-03-02T15:04:05Z host_name_ " + "a".repeat(48) + " - - -");
    }

    @Test
    void refusesPrioritiesOutsideTheRfc() {
        assertThatThrownBy(() -> new Rfc5424Formatter(24, "h", "a", "s@1")).hasMessageContaining("facility");
        assertThatThrownBy(() -> local0.format(Instant.EPOCH, 8, "x", Map.of(), ""))
                .hasMessageContaining("severity");
    }
}
