package dev.farmguard.collector.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats a report is written in. */
public enum ReportFormat {
    HTML("html", "text/html; charset=utf-8"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv; charset=utf-8"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code text} (html, pdf, csv, json); anything else is an error listing them. */
    public static ReportFormat parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + text + "'; use one of "
                        + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "))));
    }
}
