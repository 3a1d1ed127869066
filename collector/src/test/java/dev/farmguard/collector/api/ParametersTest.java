package dev.farmguard.collector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void parsesInstantsAndLeavesMissingOnesNull() {
        assertThat(Parameters.instant("from", "2027-01-01T00:00:00Z")).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Parameters.instant("from", null)).isNull();
    }

    @Test
    void aBadInstantIsA400NamingTheParameterAndValue() {
        assertThatThrownBy(() -> Parameters.instant("expiresAt", "yesterday"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("expiresAt").hasMessageContaining("'yesterday'");
    }
}
