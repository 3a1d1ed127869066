package dev.farmguard.collector.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void viewerAnalystAndAdminFormALadder() {
        assertThat(Role.VIEWER.satisfies(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.satisfies(Role.ANALYST)).isFalse();
        assertThat(Role.VIEWER.satisfies(Role.ADMIN)).isFalse();
        assertThat(Role.ANALYST.satisfies(Role.VIEWER)).isTrue();
        assertThat(Role.ANALYST.satisfies(Role.ANALYST)).isTrue();
        assertThat(Role.ANALYST.satisfies(Role.ADMIN)).isFalse();
        assertThat(Role.ADMIN.satisfies(Role.VIEWER)).isTrue();
        assertThat(Role.ADMIN.satisfies(Role.ANALYST)).isTrue();
        assertThat(Role.ADMIN.satisfies(Role.ADMIN)).isTrue();
    }

    @Test
    void theIngestProxyStandsApart() {
        assertThat(Role.INGEST_PROXY.satisfies(Role.VIEWER)).isFalse();
        assertThat(Role.INGEST_PROXY.satisfies(Role.ANALYST)).isFalse();
        assertThat(Role.INGEST_PROXY.satisfies(Role.ADMIN)).isFalse();
        assertThat(Role.INGEST_PROXY.satisfies(Role.INGEST_PROXY)).isTrue();
        assertThat(Role.VIEWER.satisfies(Role.INGEST_PROXY)).isFalse();
        assertThat(Role.ANALYST.satisfies(Role.INGEST_PROXY)).isFalse();
        assertThat(Role.ADMIN.satisfies(Role.INGEST_PROXY)).isTrue();
    }

    @Test
    void apiNamesRoundTripAndUnknownNamesAreListed() {
        for (Role r : Role.values()) {
            assertThat(Role.fromApiName(r.apiName())).isEqualTo(r);
        }
        assertThatThrownBy(() -> Role.fromApiName("root")).hasMessageContaining("viewer, analyst, admin");
    }
}
