package dev.farmguard.collector.report;

import static dev.farmguard.collector.report.Html.text;

import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.report.FleetReport.VerdictCounts;
import dev.farmguard.collector.store.ReportStore.HistoryEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The report as one self-contained XHTML page: inline CSS (screen and print), inline SVG charts and map, no script
 * and nothing fetched. Well-formed XML, because {@link PdfReportRenderer} renders this same page.
 */
public final class HtmlReportRenderer {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String CSS = """
            @page { size: A4; margin: 14mm 12mm 16mm 12mm;
                    @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt; color: #666; } }
            body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt; color: #222;
                   margin: 0 auto; max-width: 190mm; }
            h1 { font-size: 18pt; margin: 0 0 2mm 0; }
            h2 { font-size: 13pt; border-bottom: 1px solid #bbb; margin: 7mm 0 2mm 0; page-break-after: avoid; }
            p.meta { color: #555; margin: 0 0 3mm 0; }
            table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0; }
            th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 1px solid #e3e3e3;
                     word-wrap: break-word; }
            table.fixed { table-layout: fixed; }
            th { background: #f2f2f2; font-size: 9pt; }
            tr { page-break-inside: avoid; }
            td.num, th.num { text-align: right; }
            .cards td { border: 1px solid #ddd; text-align: center; width: 25%; }
            .cards .n { font-size: 20pt; font-weight: bold; display: block; }
            .delta { color: #555; font-size: 9pt; }
            .v-ok { color: #2e7d32; font-weight: bold; }
            .v-review { color: #9a6b00; font-weight: bold; }
            .v-laptop_farm { color: #c62828; font-weight: bold; }
            ul.evidence { margin: 1mm 0 0 0; padding-left: 5mm; color: #333; font-size: 9pt; }
            .note { color: #666; font-size: 9pt; }
            .section { page-break-inside: auto; }
            svg { display: block; margin: 1mm 0; }
            footer { margin-top: 8mm; color: #777; font-size: 8pt; }
            @media screen { body { padding: 8mm; } }
            """;

    private HtmlReportRenderer() {}

    public static String render(FleetReport r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\"/><title>").append(text(r.kind().title())).append(" - Farmguard")
                .append("</title><style>").append(CSS).append("</style></head><body>");
        h.append("<h1>Farmguard: ").append(text(r.kind().title())).append("</h1>");
        h.append("<p class=\"meta\">Generated ").append(TIME.format(r.generatedAt()))
                .append(" &#183; fleet data up to ").append(TIME.format(r.fleetAsOf()))
                .append(r.previous() == null ? " &#183; first report of this kind"
                        : " &#183; compared with the report of " + TIME.format(r.previous().generatedAt()))
                .append("</p>");
        summary(h, r);
        HtmlSections s = new HtmlSections(h, r);
        s.changes();
        s.riskiest();
        if (r.kind().detailed()) {
            s.clusters();
            s.map();
        }
        s.silent();
        s.coverage();
        s.ruleAndFamilyCounts();
        s.cases();
        h.append("<footer>Farmguard collector report. Verdicts, risks and findings are the collector's assessments "
                + "as of the fleet data above; \"review\" means a person should look, \"laptop farm\" that "
                + "independent families of evidence agree.");
        if (r.kind().detailed()) {
            h.append(" Map outline: Natural Earth 1:110m land (public domain), bundled with the collector.");
        }
        h.append("</footer></body></html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, FleetReport r) {
        VerdictCounts c = r.counts();
        HistoryEntry p = r.previous();
        h.append("<h2>Devices by verdict</h2><table class=\"cards\"><tr>");
        card(h, "devices", c.total(), p == null ? null : p.devices(), "");
        card(h, "ok", c.ok(), p == null ? null : p.ok(), "v-ok");
        card(h, "review", c.review(), p == null ? null : p.review(), "v-review");
        card(h, "laptop farm", c.laptopFarm(), p == null ? null : p.laptopFarm(), "v-laptop_farm");
        h.append("</tr></table>");
        h.append(SvgCharts.verdictBar(c));
        if (r.trend().size() > 1) {
            h.append("<p class=\"note\">Flagged devices (review and laptop farm) in the last ")
                    .append(r.trend().size()).append(" reports of this kind:</p>").append(SvgCharts.trend(r.trend()));
        }
    }

    private static void card(StringBuilder h, String label, int now, Integer before, String css) {
        h.append("<td><span class=\"n ").append(css).append("\">").append(now).append("</span>").append(label);
        if (before != null) {
            int d = now - before;
            h.append("<br/><span class=\"delta\">").append(d == 0 ? "unchanged" : (d > 0 ? "+" + d : "-" + (-d))
                    + " since last report").append("</span>");
        }
        h.append("</td>");
    }

    static String verdict(Verdict v) {
        return "<span class=\"v-" + v.apiName() + "\">" + v.apiName().replace('_', ' ') + "</span>";
    }
}
