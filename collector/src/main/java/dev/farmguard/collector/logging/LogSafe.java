package dev.farmguard.collector.logging;

/**
 * Makes a value that came from outside (an agent's host name, a request path, a peer's error text) safe for one
 * log line: control characters, Unicode line separators and bidirectional overrides become visible escapes, so
 * no value can start a fake log line or hide text, and very long values are cut.
 */
public final class LogSafe {

    /** Longest value kept whole; the rest is replaced by a count. */
    static final int MAX_CHARS = 300;

    private LogSafe() {}

    /** {@code value} as one printable line ("null" for null). */
    public static String text(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = null;
        int n = Math.min(s.length(), MAX_CHARS);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(n + 16).append(s, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        String kept = out == null ? s.substring(0, n) : out.toString();
        return s.length() > MAX_CHARS ? kept + "...(" + s.length() + " chars)" : kept;
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean hidden = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F';
        return hidden ? String.format("\\u%04x", (int) c) : null;
    }
}
