package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.audit.AuditEntry;
import java.util.List;

/**
 * The audit log as RFC 4180 CSV. A cell that a spreadsheet would run as a formula (starting with = + - @ or a tab or
 * carriage return) gets a leading apostrophe, so an exported log cannot attack whoever opens it.
 */
final class AuditCsv {

    static final String HEADER = "id,at,actor_id,actor_name,role,action,method,route,path,parameters,client_ip,status";

    private AuditCsv() {}

    static String of(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            String[] cells = {e.id(), e.at().toString(), e.actorId(), e.actorName(), e.role(), e.action(), e.method(),
                e.route(), e.path(), e.parameters(), e.clientIp(), e.status() == null ? "" : e.status().toString()};
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells[i]));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
