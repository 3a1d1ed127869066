package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The triage and audit calls of the collector's API, as the team's command line uses them. Answers are the API's
 * JSON; a refused call is an {@link ApiCallException} carrying the API's status and message.
 */
public interface TriageClient {

    /** PUT /api/v1/devices/{id}/case; {@code reason}, {@code note}, {@code assignee} may be null. */
    JsonNode setCase(String deviceId, String state, String reason, String note, String assignee);

    /** GET /api/v1/devices/{id}/case: the current case and its history. */
    JsonNode getCase(String deviceId);

    /** POST /api/v1/suppressions; exactly one of {@code deviceId} and {@code network}. */
    JsonNode addSuppression(String rule, String deviceId, String network, Instant expiresAt, String reason);

    /** GET /api/v1/suppressions?status=...: one page. */
    JsonNode listSuppressions(String status, String cursor);

    /** DELETE /api/v1/suppressions/{id}. */
    void removeSuppression(String id);

    /** GET /api/v1/audit: one page, newest first; null filters are left out. */
    JsonNode audit(String actor, String action, Instant since, Instant until, String cursor);
}
