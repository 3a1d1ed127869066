package dev.farmguard.collector.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.model.Verdict;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ReportStore} over the store's JDBC pool (SQLite and PostgreSQL). */
final class JdbcReportStore implements ReportStore {

    private static final TypeReference<Map<String, List<Object>>> VERDICTS = new TypeReference<>() {};
    private static final String CASES = "cases";

    private final Jdbc jdbc;
    private final SqlDialect dialect;
    private final ObjectMapper mapper = new ObjectMapper();

    JdbcReportStore(Jdbc jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    public Map<String, String> agentVersions() {
        // read one field of each latest snapshot in the database: parsing 100,000 whole bodies in Java is slow
        String version = dialect == SqlDialect.POSTGRESQL ? "(s.body::json ->> 'agentVersion')"
                : "json_extract(s.body, '$.agentVersion')";
        Map<String, String> out = new HashMap<>();
        jdbc.query("reading agent versions", "SELECT d.device_id, " + version + " FROM devices d JOIN snapshots s "
                + "ON s.device_id = d.device_id AND s.sequence = d.latest_sequence", r -> {
                    String v = r.getString(2);
                    out.put(r.getString(1), v == null ? "" : v);
                    return null;
                });
        return out;
    }

    @Override
    public Optional<List<OpenCase>> openCases() {
        return jdbc.inConnection("reading open cases", c -> {
            if (!hasTable(c, CASES)) {
                return Optional.empty();
            }
            return Optional.of(Jdbc.query(c, "SELECT device_id, state, assignee, updated_at FROM cases "
                            + "WHERE state NOT IN ('resolved', 'false_positive') ORDER BY updated_at, device_id",
                    r -> new OpenCase(r.getString(1), r.getString(2), r.getString(3),
                            Instant.ofEpochMilli(r.getLong(4)))));
        });
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
            return r.next();
        }
    }

    @Override
    public List<HistoryEntry> history(String kind, int limit) {
        List<HistoryEntry> newestFirst = jdbc.query("reading report history", "SELECT kind, generated_at, devices, "
                        + "ok_count, review_count, farm_count FROM report_history WHERE kind = ? "
                        + "ORDER BY generated_at DESC LIMIT ?",
                r -> new HistoryEntry(r.getString(1), Instant.ofEpochMilli(r.getLong(2)), r.getInt(3), r.getInt(4),
                        r.getInt(5), r.getInt(6)), kind, limit);
        List<HistoryEntry> out = new ArrayList<>(newestFirst);
        Collections.reverse(out);
        return out;
    }

    @Override
    public Map<String, PriorVerdict> previousVerdicts(String kind) {
        return jdbc.queryOne("reading the previous report's verdicts", "SELECT verdicts FROM report_history "
                        + "WHERE kind = ? ORDER BY generated_at DESC LIMIT 1", r -> parse(r.getString(1)), kind)
                .orElse(Map.of());
    }

    @Override
    public void recordReport(HistoryEntry e, Map<String, PriorVerdict> verdicts) {
        String json = format(verdicts);
        jdbc.inTransaction("recording a " + e.kind() + " report", c -> {
            // only the newest report's verdicts are ever read: keep the history rows small
            Jdbc.update(c, "UPDATE report_history SET verdicts = '{}' WHERE kind = ?", e.kind());
            return Jdbc.update(c, "INSERT INTO report_history (kind, generated_at, devices, ok_count, review_count, "
                            + "farm_count, verdicts) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, generated_at) "
                            + "DO UPDATE SET devices = excluded.devices, ok_count = excluded.ok_count, "
                            + "review_count = excluded.review_count, farm_count = excluded.farm_count, "
                            + "verdicts = excluded.verdicts",
                    e.kind(), e.generatedAt().toEpochMilli(), e.devices(), e.ok(), e.review(), e.laptopFarm(), json);
        });
    }

    @Override
    public boolean claimRun(String schedule, Instant slot, String collector, Instant now) {
        return jdbc.update("claiming report run " + schedule + " at " + slot, "INSERT INTO report_runs (schedule, "
                        + "slot, claimed_by, claimed_at) VALUES (?, ?, ?, ?) ON CONFLICT (schedule, slot) DO NOTHING",
                schedule, slot.toEpochMilli(), collector, now.toEpochMilli()) == 1;
    }

    @Override
    public void finishRun(String schedule, Instant slot, Instant now, String outcome) {
        jdbc.update("finishing report run " + schedule, "UPDATE report_runs SET finished_at = ?, outcome = ? "
                        + "WHERE schedule = ? AND slot = ?", now.toEpochMilli(), Jdbc.nullable(outcome, Types.VARCHAR),
                schedule, slot.toEpochMilli());
    }

    @Override
    public Optional<Instant> lastRun(String schedule) {
        // ORDER BY + LIMIT rather than MAX(): no row (not a NULL row) when the schedule never ran
        return jdbc.queryOne("reading the last run of " + schedule, "SELECT slot FROM report_runs WHERE schedule = ? "
                + "ORDER BY slot DESC LIMIT 1", r -> Instant.ofEpochMilli(r.getLong(1)), schedule);
    }

    private String format(Map<String, PriorVerdict> verdicts) {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        verdicts.forEach((id, v) -> m.put(id, List.of(v.verdict().apiName(), v.risk())));
        try {
            return mapper.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write report verdicts: " + e.getMessage(), e);
        }
    }

    private Map<String, PriorVerdict> parse(String json) {
        try {
            Map<String, PriorVerdict> out = new HashMap<>();
            mapper.readValue(json, VERDICTS).forEach((id, v) -> out.put(id,
                    new PriorVerdict(verdict(String.valueOf(v.get(0))), ((Number) v.get(1)).intValue())));
            return out;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreException("stored report verdicts are unreadable: " + e.getMessage(), e);
        }
    }

    private static Verdict verdict(String apiName) {
        for (Verdict v : Verdict.values()) {
            if (v.apiName().equals(apiName)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + apiName + "'");
    }
}
