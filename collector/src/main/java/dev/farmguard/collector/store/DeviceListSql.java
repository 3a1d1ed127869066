package dev.farmguard.collector.store;

import dev.farmguard.collector.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL of a {@link DeviceQuery}: {@code device_search} (indexed sort keys) joined with what a row shows, every
 * filter a bound parameter, keyset paging on (sort key, device id). The same text runs on SQLite and PostgreSQL.
 */
final class DeviceListSql {

    static final String SELECT = "SELECT s.device_id, d.hostname, d.last_seen, d.public_ip, s.risk, s.verdict, "
            + "a.findings, a.explanation, r.employee_id, r.employee_name, r.email, r.country, c.state AS case_state, "
            + "rv.device_id AS revoked_id "
            + "FROM device_search s JOIN devices d ON d.device_id = s.device_id "
            + "LEFT JOIN assessments a ON a.device_id = s.device_id "
            + "LEFT JOIN roster r ON r.device_id = s.device_id "
            + "LEFT JOIN cases c ON c.device_id = s.device_id "
            + "LEFT JOIN revoked_devices rv ON rv.device_id = s.device_id";

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private final boolean narrow;

    private DeviceListSql(boolean narrow) {
        this.narrow = narrow;
    }

    /**
     * The statement and its parameters; {@code paged} adds the page key and the LIMIT. With {@code narrow} the page is
     * found through its selective filters (their devices, then sorted: order by expressions no index serves);
     * otherwise by walking the sort key's index and testing each device (a filter matching many devices soon fills
     * the page).
     */
    static DeviceListSql of(DeviceQuery q, boolean paged, boolean narrow) {
        DeviceListSql sql = new DeviceListSql(narrow);
        sql.filters(q);
        if (paged && q.after() != null) {
            sql.after(q.sort(), q.after());
        }
        return sql;
    }

    String text(DeviceQuery q, boolean paged) {
        String dir = q.sort().descending() ? " DESC" : "";
        String key = "s." + q.sort().column();
        String order = narrow
                ? " ORDER BY " + (q.sort().numeric() ? key + " + 0" : key + " || ''") + dir + ", s.device_id || ''" + dir
                : " ORDER BY " + key + dir + ", s.device_id" + dir;
        return SELECT + (where.length() == 0 ? "" : " WHERE" + where) + order + (paged ? " LIMIT " + q.limit() : "");
    }

    Object[] params() {
        return params.toArray();
    }

    private void and(String condition, Object... values) {
        where.append(where.length() == 0 ? " " : " AND ").append(condition);
        params.addAll(List.of(values));
    }

    private void filters(DeviceQuery q) {
        if (!q.verdicts().isEmpty()) {
            List<String> names = q.verdicts().stream().map(Verdict::name).sorted().toList();
            and("s.verdict IN (" + String.join(", ", names.stream().map(n -> "?").toList()) + ")", names.toArray());
        }
        if (q.riskMin() != null) {
            and("s.risk >= ?", q.riskMin());
        }
        if (q.riskMax() != null) {
            and("s.risk <= ?", q.riskMax());
        }
        if (q.rule() != null) {
            term("rule", q.rule());
        }
        if (q.family() != null) {
            term("family", q.family());
        }
        if (q.gatewayMac() != null) {
            term(DeviceSearchIndex.GATEWAY_MAC, q.gatewayMac());
        }
        if (q.bssid() != null) {
            term(DeviceSearchIndex.BSSID, q.bssid());
        }
        if (q.employee() != null) {
            String like = contains(q.employee());
            and("s.device_id IN (SELECT e.device_id FROM roster e WHERE e.employee_id = ? "
                    + "OR LOWER(e.employee_name) LIKE ? ESCAPE '\\' OR LOWER(e.email) LIKE ? ESCAPE '\\')",
                    q.employee(), like, like);
        }
        if (q.country() != null) {
            and("UPPER(r.country) = ?", q.country().toUpperCase(Locale.ROOT));
        }
        if (q.seenAfter() != null) {
            and("s.last_seen >= ?", q.seenAfter().toEpochMilli());
        }
        if (q.seenBefore() != null) {
            and("s.last_seen < ?", q.seenBefore().toEpochMilli());
        }
        if (q.ipRange() != null) {
            and("s.ip_key BETWEEN ? AND ?", q.ipRange()[0], q.ipRange()[1]);
        }
        if (q.hostname() != null) {
            and("s.hostname LIKE ? ESCAPE '\\'", contains(q.hostname()));
        }
        if (q.caseState() != null) {
            if (q.caseState().equals("none")) {
                and("c.device_id IS NULL");
            } else {
                and("c.state = ?", q.caseState());
            }
        }
        if (q.revoked() != null) {
            and(q.revoked() ? "rv.device_id IS NOT NULL" : "rv.device_id IS NULL");
        }
    }

    private void term(String kind, String value) {
        if (narrow) {
            and("s.device_id IN (SELECT t.device_id FROM device_terms t WHERE t.kind = ? AND t.term = ?)", kind, value);
        } else {
            and("EXISTS (SELECT 1 FROM device_terms t WHERE t.device_id = s.device_id AND t.kind = ? AND t.term = ?)",
                    kind, value);
        }
    }

    /** The (kind, term) filters of {@code q}: a page is narrow when one of them matches few devices. */
    static List<String[]> terms(DeviceQuery q) {
        List<String[]> out = new ArrayList<>();
        if (q.rule() != null) {
            out.add(new String[] {"rule", q.rule()});
        }
        if (q.family() != null) {
            out.add(new String[] {"family", q.family()});
        }
        if (q.gatewayMac() != null) {
            out.add(new String[] {DeviceSearchIndex.GATEWAY_MAC, q.gatewayMac()});
        }
        if (q.bssid() != null) {
            out.add(new String[] {DeviceSearchIndex.BSSID, q.bssid()});
        }
        return out;
    }

    /** Rows strictly after the key in the sort's direction; the first condition alone is an index range. */
    private void after(DeviceSort sort, DeviceQuery.PageKey key) {
        Object value = sort.numeric() ? (Object) Long.parseLong(key.sortValue()) : key.sortValue();
        String col = "s." + sort.column();
        String op = sort.descending() ? "<" : ">";
        and(col + " " + op + "= ? AND (" + col + " " + op + " ? OR s.device_id " + op + " ?)", value, value,
                key.deviceId());
    }

    /** A LIKE pattern for text anywhere, lower case, with the pattern characters escaped. */
    private static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
