package dev.farmguard.collector.audit;

import dev.farmguard.collector.logging.LogSafe;
import java.time.Instant;

/**
 * One line of the audit log: who did what, with which parameters, when and from where. Entries are made with
 * {@link #neutralised}, which escapes control characters and bidirectional overrides and cuts long values, so the
 * log, its CSV export and anything that prints it cannot be forged or hidden in; the constructor keeps values as
 * given (what the store reads back).
 *
 * @param actorId    the API token's id ("cli:USER" for the local command line, "system" for the collector itself)
 * @param actorName  the token's name
 * @param action     "query", "denied", or a change such as "case.set", "token.create"
 * @param route      the route pattern, e.g. /api/v1/devices/{id}/case
 * @param path       the requested path with its ids
 * @param parameters JSON object of query and body parameters, secrets redacted
 * @param status     the HTTP status of a query or refusal; null for a change, which is written in the change's own
 *                   transaction (so it exists exactly when the change was committed)
 */
public record AuditEntry(String id, Instant at, String actorId, String actorName, String role, String action,
                         String method, String route, String path, String parameters, String clientIp,
                         Integer status) {

    public AuditEntry {
        parameters = parameters == null ? "{}" : parameters;
    }

    /** A new entry, every text neutralised ({@code parameters} is JSON its maker already neutralised). */
    public static AuditEntry neutralised(String id, Instant at, String actorId, String actorName, String role,
                                         String action, String method, String route, String path,
                                         String parameters, String clientIp) {
        return new AuditEntry(id, at, LogSafe.text(actorId), LogSafe.text(actorName), LogSafe.text(role),
                LogSafe.text(action), LogSafe.text(method), LogSafe.text(route), LogSafe.text(path), parameters,
                LogSafe.text(clientIp), null);
    }

    /** The same entry with the HTTP status it ended with. */
    public AuditEntry withStatus(int httpStatus) {
        return new AuditEntry(id, at, actorId, actorName, role, action, method, route, path, parameters, clientIp,
                httpStatus);
    }
}
