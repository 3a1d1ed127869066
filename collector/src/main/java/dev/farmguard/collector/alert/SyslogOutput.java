package dev.farmguard.collector.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each event as one RFC 5424 message: severity from {@code event.severity}, MSGID = {@code event.action},
 * TIMESTAMP = the event time, the key facts as structured data (so a receiver can filter without parsing JSON) and
 * the whole event document as MSG. Over UDP a message larger than {@code max-udp-bytes} carries the event's one-line
 * {@code message} instead of the document.
 */
final class SyslogOutput implements AlertOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Rfc5424Formatter formatter;
    private final SyslogTransport transport;
    private final int maxDatagramBytes;

    /** {@code maxDatagramBytes} 0 for stream transports (no limit). */
    SyslogOutput(String name, Rfc5424Formatter formatter, SyslogTransport transport, int maxDatagramBytes) {
        this.name = name;
        this.formatter = formatter;
        this.transport = transport;
        this.maxDatagramBytes = maxDatagramBytes;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Delivery send(String eventId, String body) {
        JsonNode doc;
        try {
            doc = JSON.readTree(body);
        } catch (IOException e) {
            return Delivery.refused("the stored event is not JSON: " + e.getMessage());
        }
        Instant at;
        try {
            at = Instant.parse(doc.path("@timestamp").asText());
        } catch (DateTimeParseException e) {
            return Delivery.refused("the stored event has no @timestamp");
        }
        int severity = doc.path("event").path("severity").asInt(SyslogSeverity.NOTICE);
        String msgId = doc.path("event").path("action").asText("");
        Map<String, String> params = params(doc);
        byte[] message = formatter.format(at, severity, msgId, params, body).getBytes(StandardCharsets.UTF_8);
        if (maxDatagramBytes > 0 && message.length > maxDatagramBytes) {
            message = fit(formatter.format(at, severity, msgId, params, doc.path("message").asText("")));
        }
        try {
            transport.send(message);
            return Delivery.delivered();
        } catch (IOException e) {
            return Delivery.retry("syslog send failed: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private byte[] fit(String shortMessage) {
        byte[] bytes = shortMessage.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxDatagramBytes) {
            return bytes;
        }
        // receivers may truncate datagrams themselves (RFC 5426 section 3.2); cut at a character boundary
        int end = maxDatagramBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    /** The structured-data parameters of an event, in a fixed order; absent facts are left out. */
    static Map<String, String> params(JsonNode doc) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("eventId", text(doc.path("event").path("id")));
        p.put("action", text(doc.path("event").path("action")));
        p.put("deviceId", text(doc.path("host").path("id")));
        p.put("hostname", text(doc.path("host").path("hostname")));
        p.put("employeeId", text(doc.path("user").path("id")));
        p.put("employeeEmail", text(doc.path("user").path("email")));
        JsonNode fg = doc.path("farmguard");
        p.put("verdict", text(fg.path("verdict")));
        p.put("previousVerdict", text(fg.path("previous_verdict")));
        p.put("risk", text(fg.path("risk")));
        List<String> families = new ArrayList<>();
        fg.path("families").forEach(f -> families.add(f.asText()));
        p.put("families", families.isEmpty() ? null : String.join(",", families));
        p.put("clusterNetwork", text(fg.path("cluster").path("network")));
        p.put("collector", text(doc.path("observer").path("name")));
        return p;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    @Override
    public void close() {
        transport.close();
    }
}
