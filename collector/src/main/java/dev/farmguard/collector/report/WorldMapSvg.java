package dev.farmguard.collector.report;

import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.report.FleetReport.MapPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The map of flagged laptops: the bundled Natural Earth land outline (public domain, see
 * {@code report/MAP-SOURCE.md}), each laptop where its address geolocates (red for a farm verdict, amber for review)
 * joined by a dashed line to where its holder should be (blue). Equirectangular, Antarctica cropped.
 */
final class WorldMapSvg {

    private static final String LAND = load();
    private static final int WIDTH = 720;
    private static final int VIEW_HEIGHT = 150; // down to 60 degrees south

    private WorldMapSvg() {}

    static String render(List<MapPoint> points) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + WIDTH * VIEW_HEIGHT / 360 + "\" viewBox=\"0 0 360 " + VIEW_HEIGHT
                + "\" role=\"img\" aria-label=\"where flagged laptops appear against where their holders should be\">");
        svg.append("<rect x=\"0\" y=\"0\" width=\"360\" height=\"").append(VIEW_HEIGHT)
                .append("\" fill=\"#eef4f8\"/>");
        svg.append("<path d=\"").append(LAND).append("\" fill=\"#d9d9d9\" stroke=\"#b0b0b0\" stroke-width=\"0.2\"/>");
        for (MapPoint p : points) {
            if (p.holderLatitude() != null) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" "
                                + "stroke=\"#555\" stroke-width=\"0.35\" stroke-dasharray=\"1.2,0.8\"/>",
                        x(p.holderLongitude()), y(p.holderLatitude()), x(p.seenLongitude()), y(p.seenLatitude())));
            }
        }
        for (MapPoint p : points) {
            if (p.holderLatitude() != null) {
                svg.append(dot(x(p.holderLongitude()), y(p.holderLatitude()), 1.3, "#1565c0"));
            }
        }
        for (MapPoint p : points) {
            svg.append(dot(x(p.seenLongitude()), y(p.seenLatitude()), 1.8,
                    p.verdict() == Verdict.LAPTOP_FARM ? SvgCharts.FARM : SvgCharts.REVIEW));
        }
        return svg.append("</svg>").toString();
    }

    private static String dot(double x, double y, double r, String fill) {
        return String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.1f\" fill=\"%s\" "
                + "fill-opacity=\"0.85\" stroke=\"#fff\" stroke-width=\"0.25\"/>", x, y, r, fill);
    }

    static double x(double longitude) {
        return Math.max(0, Math.min(360, longitude + 180));
    }

    static double y(double latitude) {
        return Math.max(0, Math.min(VIEW_HEIGHT, 90 - latitude));
    }

    private static String load() {
        try (InputStream in = WorldMapSvg.class.getResourceAsStream("/report/land-110m.svgpath")) {
            if (in == null) {
                throw new IllegalStateException("report/land-110m.svgpath is missing from the collector jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled world map", e);
        }
    }
}
