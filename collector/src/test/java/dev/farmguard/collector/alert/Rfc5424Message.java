package dev.farmguard.collector.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test's own reading of an RFC 5424 message (one SD element at most, as Farmguard sends). */
record Rfc5424Message(int pri, String timestamp, String hostname, String appName, String procId, String msgId,
                      String sdId, Map<String, String> params, String msg) {

    private static final Pattern HEADER = Pattern.compile(
            "<(\\d{1,3})>1 (\\S+) (\\S{1,255}) (\\S{1,48}) (\\S{1,128}) (\\S{1,32}) (.*)", Pattern.DOTALL);

    static Rfc5424Message parse(String text) {
        Matcher m = HEADER.matcher(text);
        if (!m.matches()) {
            throw new AssertionError("not an RFC 5424 message: " + text);
        }
        String rest = m.group(7);
        String sdId = null;
        Map<String, String> params = new LinkedHashMap<>();
        int i;
        if (rest.startsWith("-")) {
            i = 1;
        } else if (rest.startsWith("[")) {
            i = 1;
            int idEnd = indexOfAny(rest, i, " ]");
            sdId = rest.substring(i, idEnd);
            i = idEnd;
            while (rest.charAt(i) == ' ') {
                int eq = rest.indexOf("=\"", i);
                String name = rest.substring(i + 1, eq);
                StringBuilder value = new StringBuilder();
                int j = eq + 2;
                while (rest.charAt(j) != '"') {
                    if (rest.charAt(j) == '\\') {
                        j++;
                    }
                    value.append(rest.charAt(j++));
                }
                params.put(name, value.toString());
                i = j + 1;
            }
            if (rest.charAt(i) != ']') {
                throw new AssertionError("unterminated structured data: " + rest);
            }
            i++;
        } else {
            throw new AssertionError("no structured data: " + rest);
        }
        String msg = i >= rest.length() ? "" : rest.substring(i + 1);
        if (i < rest.length() && rest.charAt(i) != ' ') {
            throw new AssertionError("no space before MSG: " + rest);
        }
        return new Rfc5424Message(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5),
                m.group(6), sdId, params, msg);
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        throw new AssertionError("unterminated: " + s);
    }
}
