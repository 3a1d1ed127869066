package dev.farmguard.collector.api;

/**
 * CSV cells that a spreadsheet opens as text: a cell starting with {@code = + - @} (or a tab or carriage return)
 * would be read as a formula, so a hostname or employee name chosen by an attacker could run one on the analyst's
 * machine (CSV injection); such a cell gets a leading apostrophe.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
