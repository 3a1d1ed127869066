package dev.farmguard.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditParametersTest {

    private static ApiRequest request(String type, String body, Map<String, List<String>> query) {
        return new ApiRequest("POST", "/x", query, type == null ? Map.of() : Map.of("content-type", type),
                body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    @Test
    void secretsAreRedactedEverywhere() {
        String p = AuditParameters.of(request("application/json",
                "{\"name\": \"ok\", \"token\": \"fg_x\", \"nested\": {\"clientSecret\": \"s\", \"list\": [{\"password\": 1}]}}",
                Map.of("api_key", List.of("k"), "q", List.of("v"))), Map.of("id", "lap-1"));
        assertThat(p).doesNotContain("fg_x").doesNotContain("\"s\"").doesNotContain("\"k\"")
                .contains("\"name\":\"ok\"").contains("\"q\":[\"v\"]").contains("\"id\":\"lap-1\"")
                .contains("\"token\":\"[redacted]\"").contains("\"password\":\"[redacted]\"");
    }

    @Test
    void otherBodiesAreDescribedNotCopiedAndTextIsNeutralised() {
        assertThat(AuditParameters.of(request("text/csv", "device_id,employee_id\na,b\n", Map.of()), Map.of()))
                .isEqualTo("{\"body\":{\"contentType\":\"text/csv\",\"bytes\":26}}");
        assertThat(AuditParameters.of(request("application/json", "{\"note\": \"a\\u202Eb\"}", Map.of()), Map.of()))
                .contains("a\\\\u202eb");
        assertThat(AuditParameters.of(request(null, "", Map.of()), Map.of())).isEqualTo("{}");
    }
}
