package dev.farmguard.collector.api;

import dev.farmguard.collector.audit.AuditEntry;
import dev.farmguard.collector.audit.AuditLog;
import dev.farmguard.collector.audit.AuditScope;
import dev.farmguard.collector.auth.TokenSecrets;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Audits each call with a token. A change's entry waits in an {@link AuditScope} for the change's transaction, which
 * writes it (so a change that fails leaves no entry); a query, a change that wrote nothing and a refusal are
 * appended on their own, with the HTTP status. Failing to append a query's entry fails the query: an unaudited
 * read must not succeed.
 */
final class RequestAudit {

    private final AuditLog log;
    private final Clock clock;
    private final ApiErrorLog errors;

    RequestAudit(AuditLog log, Clock clock, ApiErrorLog errors) {
        this.log = log;
        this.clock = clock;
        this.errors = errors;
    }

    ApiResponse run(ApiRequest request, Map<String, String> params, Principal caller, String route, String action,
                    Supplier<ApiResponse> work) {
        AuditEntry entry = entry(request, params, caller, route, action);
        ApiResponse response;
        boolean unclaimed;
        try (AuditScope scope = AuditScope.open(entry)) {
            try {
                response = work.get();
            } catch (ApiException e) {
                response = e.response();
            } catch (RuntimeException e) {
                errors.internal(request.method(), request.path(), e);
                response = Json.error(500, "internal error; see the collector log");
            }
            unclaimed = scope.unclaimed();
        }
        boolean query = request.method().equals("GET");
        if (unclaimed && (query || response.status() < 400)) {
            log.append(entry.withStatus(response.status()));
        }
        return response;
    }

    /** A token whose role is too small: recorded, so probing shows in the log. */
    void denied(ApiRequest request, Principal caller, String route) {
        log.append(entry(request, Map.of(), caller, route, "denied").withStatus(403));
    }

    private AuditEntry entry(ApiRequest request, Map<String, String> params, Principal caller, String route,
                             String action) {
        return AuditEntry.neutralised(TokenSecrets.newId("aud_"), clock.instant(), caller.tokenId(), caller.name(),
                caller.role().apiName(), action, request.method(), route, request.path(),
                AuditParameters.of(request, params), request.clientIp());
    }
}
