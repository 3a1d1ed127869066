package dev.farmguard.collector.report;

/**
 * Escaping for the report's XHTML: every value that comes from outside (hostnames, names, finding summaries,
 * evidence) goes through {@link #text} or {@link #attr}. The output must also be well-formed XML, because the PDF
 * is rendered from the same page by an XML parser, so characters XML forbids are dropped.
 */
final class Html {

    private Html() {}

    /** Text content: &amp;, &lt;, &gt; escaped; quotes too, so the same call is safe inside attributes. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** An attribute value (the caller writes the surrounding double quotes). */
    static String attr(Object value) {
        return text(value);
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || Character.isSurrogate(c);
    }
}
