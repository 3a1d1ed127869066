package dev.farmguard.collector.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Formats RFC 5424 syslog messages: {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD-ID name="value"...] MSG}.
 * Header fields are cut to their RFC lengths and reduced to printable US-ASCII; parameter values escape
 * {@code "}, {@code \} and {@code ]} with a backslash (section 6.3.3). MSG is the event's JSON without a BOM
 * (MSG-ANY), which syslog receivers and SIEM parsers take as it is.
 */
final class Rfc5424Formatter {

    private static final String NIL = "-";

    private final int facility;
    private final String hostname;
    private final String appName;
    private final String sdId;

    Rfc5424Formatter(int facility, String hostname, String appName, String sdId) {
        if (facility < 0 || facility > 23) {
            throw new IllegalArgumentException("facility must be 0..23, got " + facility);
        }
        this.facility = facility;
        this.hostname = header(hostname, 255);
        this.appName = header(appName, 48);
        this.sdId = header(sdId, 32);
    }

    /** One message; {@code params} keep their order, null values are left out. */
    String format(Instant timestamp, int severity, String msgId, Map<String, String> params, String msg) {
        if (severity < 0 || severity > 7) {
            throw new IllegalArgumentException("severity must be 0..7, got " + severity);
        }
        StringBuilder b = new StringBuilder(256 + (msg == null ? 0 : msg.length()));
        b.append('<').append(facility * 8 + severity).append(">1 ")
                .append(timestamp.truncatedTo(ChronoUnit.MILLIS)).append(' ')
                .append(hostname).append(' ').append(appName).append(' ').append(NIL).append(' ')
                .append(header(msgId, 32)).append(' ');
        structuredData(b, params);
        if (msg != null && !msg.isEmpty()) {
            b.append(' ').append(msg);
        }
        return b.toString();
    }

    private void structuredData(StringBuilder b, Map<String, String> params) {
        if (params.isEmpty()) {
            b.append(NIL);
            return;
        }
        b.append('[').append(sdId);
        params.forEach((name, value) -> {
            if (value != null) {
                b.append(' ').append(paramName(name)).append("=\"");
                escapeValue(b, value);
                b.append('"');
            }
        });
        b.append(']');
    }

    private static void escapeValue(StringBuilder b, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                b.append('\\');
            }
            b.append(c);
        }
    }

    /** PRINTUSASCII (33..126) only, at most {@code max} characters, "-" when empty. */
    static String header(String value, int max) {
        if (value == null || value.isEmpty()) {
            return NIL;
        }
        StringBuilder b = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && b.length() < max; i++) {
            char c = value.charAt(i);
            b.append(c >= 33 && c <= 126 ? c : '_');
        }
        return b.toString();
    }

    private static String paramName(String name) {
        String h = header(name, 32);
        return h.replace('=', '_').replace(']', '_').replace('"', '_');
    }
}
