package dev.farmguard.collector.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The PDF: the HTML report's very page, laid out for A4 by openhtmltopdf (inline SVG drawn by Batik). */
public final class PdfReportRenderer {

    static {
        // openhtmltopdf logs every layout step through java.util.logging to stderr; the generator logs the outcome
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfReportRenderer() {}

    public static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            // nothing is fetched: the page is self-contained, so no base URI and no resource access
            builder.withHtmlContent(html, null);
            builder.useUriResolver((base, uri) -> null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the PDF report failed", e);
        }
        return out.toByteArray();
    }
}
