package dev.farmguard.collector.cli.client;

import java.io.PrintWriter;
import java.util.List;

/**
 * A plain-text table that fits a width: columns as wide as their widest cell; while the table is too wide the widest
 * column gives up a character (cells cut with "…"), never below its heading; when that is not enough, the last
 * columns (the least important: callers order columns by importance) are left out.
 */
final class Table {

    private static final int MIN_COLUMN = 4;
    private static final String GAP = "  ";

    private final List<String> headings;

    Table(List<String> headings) {
        this.headings = List.copyOf(headings);
    }

    void print(PrintWriter out, List<List<String>> rows, int maxWidth) {
        int shown = headings.size();
        int[] widths;
        while (true) {
            widths = new int[shown];
            int[] floors = new int[shown];
            for (int i = 0; i < shown; i++) {
                widths[i] = headings.get(i).length();
                for (List<String> row : rows) {
                    widths[i] = Math.max(widths[i], clean(row.get(i)).length());
                }
                floors[i] = Math.min(widths[i], Math.max(MIN_COLUMN, headings.get(i).length()));
            }
            if (shrink(widths, floors, maxWidth) || shown == 1) {
                break;
            }
            shown--;
        }
        line(out, headings, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    /** Narrows the widest columns down to their floors; false when the table still does not fit. */
    private static boolean shrink(int[] widths, int[] floors, int maxWidth) {
        while (total(widths) > maxWidth) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > floors[i] && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return false;
            }
            widths[widest]--;
        }
        return true;
    }

    private static int total(int[] widths) {
        int sum = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = clean(cells.get(i));
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            s.append(cell);
            if (i < widths.length - 1) {
                s.append(" ".repeat(widths[i] - cell.length())).append(GAP);
            }
        }
        out.println(s.toString().stripTrailing());
    }

    /** One line of printable text: control characters (a hostname with an escape sequence) become '?'. */
    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(cell.length());
        cell.codePoints().forEach(c -> s.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return s.toString();
    }
}
