package dev.farmguard.collector.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersBecomeVisibleEscapes() {
        assertThat(LogSafe.text("host\n2026-12-07 INFO fake\r\tx")).isEqualTo("host\\n2026-12-07 INFO fake\\r\\tx");
        assertThat(LogSafe.text("a\u0000b\u001bc\u007fd\u0085e")).isEqualTo("a\\u0000b\\u001bc\\u007fd\\u0085e");
        assertThat(LogSafe.text("x\u2028y\u2029z")).isEqualTo("x\\u2028y\\u2029z");
    }

    @Test
    void bidirectionalOverridesCannotHideText() {
        assertThat(LogSafe.text("evil\u202Egnp.exe")).isEqualTo("evil\\u202egnp.exe");
        assertThat(LogSafe.text("a\u2066b\u200Fc")).isEqualTo("a\\u2066b\\u200fc");
    }

    @Test
    void ordinaryTextIsUnchangedAndLongTextIsCut() {
        assertThat(LogSafe.text("laptop-1.corp (Zürich) 東京")).isEqualTo("laptop-1.corp (Zürich) 東京");
        assertThat(LogSafe.text(null)).isEqualTo("null");
        String longText = "a".repeat(10_000);
        assertThat(LogSafe.text(longText)).hasSize(LogSafe.MAX_CHARS + "...(10000 chars)".length())
                .endsWith("...(10000 chars)");
    }
}
