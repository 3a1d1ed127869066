package dev.farmguard.collector.report;

import dev.farmguard.collector.report.FleetReport.VerdictCounts;
import dev.farmguard.collector.store.ReportStore.HistoryEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's charts as inline SVG (no script, no external file), readable offline and in the PDF. */
final class SvgCharts {

    static final String OK = "#2e7d32";
    static final String REVIEW = "#e0a000";
    static final String FARM = "#c62828";
    private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\"";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SvgCharts() {}

    /** One bar split by verdict, each part labelled with its count. */
    static String verdictBar(VerdictCounts c) {
        int width = 640;
        int total = Math.max(1, c.total());
        StringBuilder svg = new StringBuilder("<svg " + NS + " width=\"" + width + "\" height=\"46\" viewBox=\"0 0 "
                + width + " 46\" role=\"img\" aria-label=\"devices by verdict\">");
        double x = 0;
        int[] values = {c.ok(), c.review(), c.laptopFarm()};
        String[] colours = {OK, REVIEW, FARM};
        String[] names = {"ok", "review", "laptop farm"};
        for (int i = 0; i < values.length; i++) {
            // a small share still gets a visible sliver, so a single farm laptop is never invisible
            double w = values[i] == 0 ? 0 : Math.max(4, width * (double) values[i] / total);
            w = Math.min(w, width - x);
            if (w > 0) {
                svg.append(rect(x, 0, w, 26, colours[i]));
            }
            x += w;
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"42\" font-size=\"12\" fill=\"#333\">%s</text>",
                legend(names, values, colours)));
        return svg.append("</svg>").toString();
    }

    private static String legend(String[] names, int[] values, String[] colours) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            t.append("<tspan fill=\"").append(colours[i]).append("\" font-weight=\"bold\">").append(values[i])
                    .append(' ').append(names[i]).append("</tspan>").append(i < names.length - 1 ? "    " : "");
        }
        return t.toString();
    }

    /** Flagged devices (review stacked under laptop farm) in each recent report of the kind, oldest first. */
    static String trend(List<HistoryEntry> reports) {
        int width = 640;
        int height = 170;
        int top = 14;
        int bottom = 24;
        int plot = height - top - bottom;
        int max = Math.max(1, reports.stream().mapToInt(r -> r.review() + r.laptopFarm()).max().orElse(1));
        double slot = (double) (width - 40) / Math.max(1, reports.size());
        double barWidth = Math.min(36, slot * 0.6);
        StringBuilder svg = new StringBuilder("<svg " + NS + " width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\"flagged devices per report\">");
        svg.append(line(36, top + plot, width, top + plot, "#999"));
        svg.append(text(32, top + 4, "end", String.valueOf(max)));
        svg.append(text(32, top + plot, "end", "0"));
        for (int i = 0; i < reports.size(); i++) {
            HistoryEntry r = reports.get(i);
            double x = 40 + i * slot + (slot - barWidth) / 2;
            double hReview = plot * (double) r.review() / max;
            double hFarm = plot * (double) r.laptopFarm() / max;
            svg.append(rect(x, top + plot - hReview, barWidth, hReview, REVIEW));
            svg.append(rect(x, top + plot - hReview - hFarm, barWidth, hFarm, FARM));
            svg.append(text(x + barWidth / 2, top + plot - hReview - hFarm - 3, "middle",
                    String.valueOf(r.review() + r.laptopFarm())));
            svg.append(text(x + barWidth / 2, height - 8, "middle",
                    i == reports.size() - 1 ? "now" : DAY.format(r.generatedAt())));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per entry, longest first, at most {@code limit} rows. */
    static String bars(Map<String, Integer> counts, int limit, String colour) {
        int width = 640;
        int labelWidth = 250;
        int row = 18;
        List<Map.Entry<String, Integer>> rows = counts.entrySet().stream().limit(limit).toList();
        int max = Math.max(1, rows.stream().mapToInt(Map.Entry::getValue).max().orElse(1));
        int height = Math.max(row, rows.size() * row + 4);
        StringBuilder svg = new StringBuilder("<svg " + NS + " width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\">");
        for (int i = 0; i < rows.size(); i++) {
            Map.Entry<String, Integer> e = rows.get(i);
            double y = i * row + 2;
            double w = Math.max(2, (width - labelWidth - 60) * (double) e.getValue() / max);
            svg.append(text(labelWidth - 6, y + 12, "end", e.getKey()));
            svg.append(rect(labelWidth, y + 2, w, row - 6, colour));
            svg.append(text(labelWidth + w + 4, y + 12, "start", String.valueOf(e.getValue())));
        }
        return svg.append("</svg>").toString();
    }

    static String rect(double x, double y, double w, double h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x, y, w, h, fill);
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                x1, y1, x2, y2, stroke);
    }

    private static String text(double x, double y, String anchor, String value) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#333\" "
                + "text-anchor=\"%s\">%s</text>", x, y, anchor, Html.text(value));
    }
}
