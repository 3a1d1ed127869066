package dev.farmguard.collector.wire;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.farmguard.collector.config.SnapshotLimits;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed snapshot against {@link SnapshotLimits} by walking every set field (through the schema,
 * so a field added to the proto later is covered too): the entries of each repeated field, the characters
 * of each string, the bytes of each EDID.
 */
final class SnapshotSizeCheck {

    private final SnapshotLimits limits;
    private final Map<String, Integer> perField;

    SnapshotSizeCheck(SnapshotLimits limits) {
        this.limits = limits;
        this.perField = Map.of(
                "farmguard.v1.Snapshot.usb_devices", limits.maxUsbDevices(),
                "farmguard.v1.Snapshot.displays", limits.maxDisplays(),
                "farmguard.v1.RemoteAccess.processes", limits.maxProcesses(),
                "farmguard.v1.RemoteAccess.listeners", limits.maxSockets(),
                "farmguard.v1.RemoteAccess.connections", limits.maxSockets(),
                "farmguard.v1.RemoteAccess.log_entries", limits.maxLogEntries());
    }

    /** Throws {@link LimitExceededException} naming the first field over its limit. */
    void check(Message snapshot, long sequence) {
        walk(snapshot, sequence);
    }

    private void walk(Message message, long sequence) {
        for (Map.Entry<FieldDescriptor, Object> e : message.getAllFields().entrySet()) {
            FieldDescriptor field = e.getKey();
            if (field.isRepeated()) {
                List<?> values = (List<?>) e.getValue();
                int limit = perField.getOrDefault(field.getFullName(), limits.maxListEntries());
                if (values.size() > limit) {
                    throw new LimitExceededException(field.getName() + " has " + values.size()
                            + " entries, the limit is " + limit, sequence);
                }
                for (Object v : values) {
                    value(field, v, sequence);
                }
            } else {
                value(field, e.getValue(), sequence);
            }
        }
    }

    private void value(FieldDescriptor field, Object value, long sequence) {
        if (value instanceof String s && s.length() > limits.maxStringChars()) {
            throw new LimitExceededException(field.getName() + " is " + s.length()
                    + " characters long, the limit is " + limits.maxStringChars(), sequence);
        }
        if (value instanceof ByteString b && b.size() > limits.maxEdidBytes()) {
            throw new LimitExceededException(field.getName() + " is " + b.size()
                    + " bytes long, the limit is " + limits.maxEdidBytes(), sequence);
        }
        if (value instanceof Message m) {
            walk(m, sequence);
        }
    }
}
