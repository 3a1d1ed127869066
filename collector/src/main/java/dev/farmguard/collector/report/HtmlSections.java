package dev.farmguard.collector.report;

import static dev.farmguard.collector.report.Html.text;
import static dev.farmguard.collector.report.HtmlReportRenderer.TIME;
import static dev.farmguard.collector.report.HtmlReportRenderer.verdict;

import dev.farmguard.collector.geo.GreatCircle;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.report.FleetReport.Change;
import dev.farmguard.collector.report.FleetReport.Cluster;
import dev.farmguard.collector.report.FleetReport.Coverage;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import dev.farmguard.collector.report.FleetReport.MapPoint;
import dev.farmguard.collector.report.FleetReport.OpenCaseRow;
import java.util.List;
import java.util.Locale;

/** The report's sections after the summary, as HTML tables; lists are cut at the kind's limit with a note. */
final class HtmlSections {

    private final StringBuilder h;
    private final FleetReport r;
    private final int limit;

    HtmlSections(StringBuilder h, FleetReport r) {
        this.h = h;
        this.r = r;
        this.limit = r.kind().listLimit();
    }

    void changes() {
        h.append("<h2>Changes since the last report</h2>");
        if (r.changes().isEmpty()) {
            h.append(r.previous() == null ? "<p>No flagged devices.</p>" : "<p>No verdict changed.</p>");
            return;
        }
        h.append("<table class=\"fixed\"><col style=\"width: 14%\"/><col style=\"width: 46%\"/>"
                + "<col style=\"width: 16%\"/><col style=\"width: 16%\"/><col style=\"width: 8%\"/>"
                + "<tr><th>change</th><th>device and holder</th><th>before</th><th>now</th><th class=\"num\">risk</th></tr>");
        for (Change c : r.changes().stream().limit(limit).toList()) {
            DeviceRow d = c.device();
            h.append("<tr><td>").append(c.change().name().toLowerCase(Locale.ROOT)).append("</td><td>")
                    .append(device(d)).append(holder(d)).append("</td><td>")
                    .append(c.before() != null ? verdict(c.before()) + " (" + c.riskBefore() + ")"
                            : r.previous() == null ? "-" : "not in last report")
                    .append("</td><td>").append(verdict(d.verdict())).append("</td><td class=\"num\">")
                    .append(d.risk()).append("</td></tr>");
        }
        h.append("</table>");
        more(r.changes().size());
    }

    void riskiest() {
        h.append("<h2>Riskiest devices and their evidence</h2>");
        if (r.riskiest().isEmpty()) {
            h.append("<p>No device is flagged.</p>");
            return;
        }
        h.append("<table class=\"fixed\"><col style=\"width: 27%\"/><col style=\"width: 13%\"/>"
                + "<col style=\"width: 60%\"/><tr><th>device and holder</th><th>verdict, risk</th><th>why</th></tr>");
        for (DeviceRow d : r.riskiest().stream().limit(limit).toList()) {
            h.append("<tr><td>").append(device(d)).append(holder(d)).append("<br/><span class=\"note\">last seen ")
                    .append(TIME.format(d.lastSeen())).append("</span></td><td>").append(verdict(d.verdict()))
                    .append("<br/>risk ").append(d.risk()).append("</td><td>").append(text(d.explanation()))
                    .append("<ul class=\"evidence\">");
            for (Finding f : d.findings()) {
                h.append("<li>").append(f.severity().name().toLowerCase(Locale.ROOT)).append(": ")
                        .append(text(f.summary())).append(" <span class=\"note\">(").append(text(f.rule()))
                        .append(")</span></li>");
            }
            h.append("</ul></td></tr>");
        }
        h.append("</table>");
        more(r.riskiest().size());
    }

    void clusters() {
        h.append("<h2>Co-location clusters</h2>");
        if (r.clusters().isEmpty()) {
            h.append("<p>No laptops of different employees were found sharing a network.</p>");
            return;
        }
        h.append("<table class=\"fixed\"><col style=\"width: 22%\"/><col style=\"width: 10%\"/>"
                + "<col style=\"width: 12%\"/><col style=\"width: 22%\"/><col style=\"width: 34%\"/>"
                + "<tr><th>network</th><th class=\"num\">laptops</th><th class=\"num\">employees at once</th>"
                + "<th>when</th><th>devices</th></tr>");
        for (Cluster c : r.clusters().stream().limit(limit).toList()) {
            h.append("<tr><td>").append(text(c.kind())).append("<br/><b>").append(text(c.network()))
                    .append("</b></td><td class=\"num\">").append(c.deviceIds().size()).append("</td><td class=\"num\">")
                    .append(c.employeesAtOnce()).append("</td><td>")
                    .append(c.from() == null ? "" : TIME.format(c.from()) + " to " + TIME.format(c.to()))
                    .append("</td><td>");
            for (int i = 0; i < c.deviceIds().size(); i++) {
                String host = c.hostnames().get(i);
                h.append(i > 0 ? ", " : "").append(text(host.isEmpty() ? c.deviceIds().get(i) : host));
            }
            h.append("</td></tr>");
        }
        h.append("</table>");
        more(r.clusters().size());
    }

    void map() {
        h.append("<h2>Where flagged laptops appear</h2>");
        if (r.map().isEmpty()) {
            h.append("<p>No flagged laptop could be placed (no GeoIP database covers their addresses).</p>");
            return;
        }
        h.append("<p class=\"note\">Red: laptop-farm verdict, amber: review, where the laptop's public address "
                + "geolocates; blue: where the roster says its holder is; dashed: the gap between them.</p>");
        h.append(WorldMapSvg.render(r.map()));
        h.append("<table><tr><th>device</th><th>appears in</th><th>holder should be in</th>"
                + "<th class=\"num\">km apart</th></tr>");
        for (MapPoint p : r.map().stream().limit(limit).toList()) {
            String km = p.holderLatitude() == null ? "" : String.valueOf(Math.round(GreatCircle.distanceKm(
                    p.seenLatitude(), p.seenLongitude(), p.holderLatitude(), p.holderLongitude())));
            h.append("<tr><td>").append(text(p.hostname().isEmpty() ? p.deviceId() : p.hostname())).append(" ")
                    .append(verdict(p.verdict())).append("</td><td>").append(text(p.seenPlace())).append("</td><td>")
                    .append(p.holderPlace().isEmpty() ? "not on the roster" : text(p.holderPlace()))
                    .append("</td><td class=\"num\">").append(km).append("</td></tr>");
        }
        h.append("</table>");
        more(r.map().size());
    }

    void silent() {
        h.append("<h2>Devices gone silent</h2><p class=\"note\">No check-in for ")
                .append(r.kind().silentAfter().toHours()).append(" hours or more before the fleet's newest one.</p>");
        if (r.silent().isEmpty()) {
            h.append("<p>None.</p>");
            return;
        }
        deviceTable(r.silent());
    }

    void coverage() {
        Coverage c = r.coverage();
        h.append("<h2>Coverage</h2><p>").append(c.rosterDevices()).append(" laptops on the roster: ")
                .append(c.reporting()).append(" reporting, ").append(c.neverEnrolled().size())
                .append(" never enrolled, ").append(c.stopped().size()).append(" stopped reporting. ")
                .append(c.notOnRoster()).append(" reporting devices are not on the roster.</p>");
        if (c.rosterDevices() == 0) {
            h.append("<p class=\"note\">No roster imported: coverage cannot be judged.</p>");
        }
        if (!c.neverEnrolled().isEmpty()) {
            h.append("<p><b>Never enrolled</b> (a laptop without an agent is a blind spot):</p>");
            h.append("<table><tr><th>device</th><th>holder</th><th>country</th></tr>");
            for (DeviceRow d : c.neverEnrolled().stream().limit(limit).toList()) {
                h.append("<tr><td>").append(text(d.deviceId())).append("</td><td>").append(text(d.holder()))
                        .append("</td><td>").append(text(d.country())).append("</td></tr>");
            }
            h.append("</table>");
            more(c.neverEnrolled().size());
        }
        if (!c.stopped().isEmpty()) {
            h.append("<p><b>Stopped reporting</b>:</p>");
            deviceTable(c.stopped());
        }
        h.append("<p><b>Agent versions</b></p>").append(SvgCharts.bars(c.agentVersions(), 10, "#546e7a"));
    }

    void ruleAndFamilyCounts() {
        h.append("<h2>Devices per family of evidence</h2>");
        h.append(r.familyCounts().isEmpty() ? "<p>No findings.</p>" : SvgCharts.bars(r.familyCounts(), 20, "#6d4c41"));
        h.append("<h2>Devices per rule</h2>");
        h.append(r.ruleCounts().isEmpty() ? "<p>No findings.</p>" : SvgCharts.bars(r.ruleCounts(), 40, "#455a64"));
    }

    void cases() {
        h.append("<h2>Open cases</h2>");
        if (!r.cases().available()) {
            h.append("<p class=\"note\">Case tracking is not set up in this database, so open cases cannot be "
                    + "listed.</p>");
            return;
        }
        if (r.cases().oldest().isEmpty()) {
            h.append("<p>No open cases.</p>");
            return;
        }
        h.append("<p>");
        r.cases().byState().forEach((state, n) -> h.append(n).append(' ').append(text(state)).append("; "));
        h.append("</p><table><tr><th>device</th><th>state</th><th>assignee</th><th class=\"num\">days open</th></tr>");
        for (OpenCaseRow c : r.cases().oldest().stream().limit(limit).toList()) {
            h.append("<tr><td>").append(text(c.hostname().isEmpty() ? c.deviceId() : c.hostname())).append("</td><td>")
                    .append(text(c.state())).append("</td><td>").append(text(c.assignee()))
                    .append("</td><td class=\"num\">").append(c.ageDays()).append("</td></tr>");
        }
        h.append("</table>");
        more(r.cases().oldest().size());
    }

    private void deviceTable(List<DeviceRow> rows) {
        h.append("<table><tr><th>device</th><th>holder</th><th>last seen</th><th>verdict</th></tr>");
        for (DeviceRow d : rows.stream().limit(limit).toList()) {
            h.append("<tr><td>").append(device(d)).append("</td><td>").append(text(d.holder())).append("</td><td>")
                    .append(TIME.format(d.lastSeen())).append("</td><td>").append(verdict(d.verdict()))
                    .append("</td></tr>");
        }
        h.append("</table>");
        more(rows.size());
    }

    private void more(int total) {
        if (total > limit) {
            h.append("<p class=\"note\">").append(total - limit).append(" more not shown; the CSV and JSON "
                    + "formats list every device.</p>");
        }
    }

    private static String holder(DeviceRow d) {
        return d.holder().isEmpty() ? "<br/><span class=\"note\">not on the roster</span>"
                : "<br/>" + text(d.holder());
    }

    private static String device(DeviceRow d) {
        return "<b>" + text(d.hostname().isEmpty() ? d.deviceId() : d.hostname()) + "</b><br/><span class=\"note\">"
                + text(d.deviceId()) + "</span>";
    }
}
