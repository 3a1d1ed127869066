package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The append-only history of verdicts ({@code verdict_history}, V5): a row whenever a saved assessment's verdict or
 * risk differs from the one it replaces, so earlier conclusions stay readable after re-scoring.
 */
final class VerdictHistory {

    /** What the assessments table held for a device before a save. */
    record Stored(int risk, String verdict, String findings) {}

    private final JsonCodec json;

    VerdictHistory(JsonCodec json) {
        this.json = json;
    }

    /** The device's current assessment row, or null; read before it is replaced. */
    static Stored current(Connection c, String deviceId) throws SQLException {
        List<Stored> rows = Jdbc.query(c, "SELECT risk, verdict, findings FROM assessments WHERE device_id = ?",
                r -> new Stored(r.getInt(1), r.getString(2), r.getString(3)), deviceId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Appends {@code a} when it changes the verdict or risk of {@code before} (or is the device's first). */
    void record(Connection c, Assessment a, Stored before, String findingsJson) throws SQLException {
        if (before != null && before.risk() == a.risk() && before.verdict().equals(a.verdict().name())) {
            return;
        }
        // two collectors re-scoring one device at once may pick the same number: the second row is dropped rather
        // than failing the save of every other device in its batch
        Jdbc.update(c, "INSERT INTO verdict_history (device_id, seq, as_of, risk, verdict, findings, explanation) "
                        + "SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM verdict_history WHERE device_id = ? "
                        + "ON CONFLICT (device_id, seq) DO NOTHING",
                a.deviceId(), a.asOf().toEpochMilli(), a.risk(), a.verdict().name(), findingsJson, a.explanation(),
                a.deviceId());
    }

    /** Changes with {@code as_of} in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<VerdictChange> read(Jdbc jdbc, String deviceId, Instant from, Instant to, int limit) {
        return jdbc.query("reading the verdict history of " + deviceId, "SELECT * FROM verdict_history "
                        + "WHERE device_id = ? AND as_of >= ? AND as_of < ? ORDER BY seq LIMIT ?",
                r -> new VerdictChange(r.getString("device_id"), r.getLong("seq"),
                        Instant.ofEpochMilli(r.getLong("as_of")), r.getInt("risk"),
                        Verdict.valueOf(r.getString("verdict")), json.findings(r.getString("findings")),
                        r.getString("explanation")),
                deviceId, from.toEpochMilli(), to.toEpochMilli(), limit);
    }
}
