package dev.farmguard.collector.classify;

import java.util.Locale;

/** Reads the program out of a command line as the OS recorded it. */
final class CommandLines {

    private CommandLines() {
    }

    /**
     * The executable of a command line: the quoted first token, else everything up to the first ".exe" (Windows
     * paths hold unquoted spaces), else the first whitespace-separated token.
     */
    static String program(String commandLine) {
        if (commandLine == null) {
            return "";
        }
        String c = commandLine.trim();
        if (c.startsWith("\"")) {
            int close = c.indexOf('"', 1);
            return close > 0 ? c.substring(1, close) : c.substring(1);
        }
        int exe = c.toLowerCase(Locale.ROOT).indexOf(".exe");
        if (exe > 0 && (exe + 4 == c.length() || Character.isWhitespace(c.charAt(exe + 4)))) {
            return c.substring(0, exe + 4);
        }
        int space = indexOfWhitespace(c);
        return space < 0 ? c : c.substring(0, space);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
