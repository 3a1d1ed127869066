package dev.farmguard.agent.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.farmguard.proto.v1.Snapshot;
import io.netty.util.NetUtil;

/**
 * One line of a replay file: {@code {"observedIp": "203.0.113.7", "snapshot": {...canonical JSON...}}}.
 * {@link #parse} checks the envelope cheaply (the reader thread needs the device id to pick a lane);
 * {@link #snapshot()} does the full protobuf parse (on the lane).
 */
public record ReplayLine(long lineNumber, String observedIp, String deviceId, JsonNode snapshotJson) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFormat.Parser PROTO_JSON = JsonFormat.parser();

    /** Parses the envelope of one line. */
    public static ReplayLine parse(String line, long lineNumber) throws BadLineException {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLineException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadLineException("expected a JSON object with \"observedIp\" and \"snapshot\"");
        }
        JsonNode ip = root.get("observedIp");
        if (ip == null || !ip.isTextual()) {
            throw new BadLineException("\"observedIp\" is missing or not a string");
        }
        String observedIp = ip.asText().trim();
        if (!NetUtil.isValidIpV4Address(observedIp) && !NetUtil.isValidIpV6Address(observedIp)) {
            throw new BadLineException("\"observedIp\" '" + observedIp + "' is not an IPv4 or IPv6 address");
        }
        JsonNode snapshot = root.get("snapshot");
        if (snapshot == null || !snapshot.isObject()) {
            throw new BadLineException("\"snapshot\" is missing or not an object");
        }
        JsonNode id = snapshot.has("deviceId") ? snapshot.get("deviceId") : snapshot.get("device_id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new BadLineException("snapshot has no \"deviceId\"");
        }
        return new ReplayLine(lineNumber, observedIp, id.asText(), snapshot);
    }

    /** The snapshot as a protobuf message; its sequence must be positive. */
    public Snapshot snapshot() throws BadLineException {
        Snapshot.Builder builder = Snapshot.newBuilder();
        try {
            PROTO_JSON.merge(snapshotJson.toString(), builder);
        } catch (InvalidProtocolBufferException e) {
            throw new BadLineException("snapshot is not a farmguard.v1.Snapshot: " + e.getMessage(), e);
        }
        if (builder.getSequence() <= 0) {
            throw new BadLineException("snapshot of device " + deviceId + " has no positive \"sequence\"");
        }
        return builder.build();
    }
}
