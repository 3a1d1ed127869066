package dev.farmguard.agent.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The device id this agent reports until enrollment assigns one: a random UUID created on first start
 * and kept in the state directory ({@code device-id}).
 */
public final class DeviceIdStore {

    static final String FILE = "device-id";

    private DeviceIdStore() {
    }

    /** The persisted id, creating it on first use. A file that does not hold a UUID is a startup error. */
    public static String loadOrCreate(StateDirectory state) throws IOException {
        Optional<byte[]> stored = state.read(FILE);
        if (stored.isPresent()) {
            String text = new String(stored.get(), StandardCharsets.UTF_8).trim();
            try {
                return UUID.fromString(text).toString();
            } catch (IllegalArgumentException e) {
                throw new IOException(state.root().resolve(FILE) + " does not hold a device id (a UUID); "
                        + "delete it to create a new identity", e);
            }
        }
        String id = UUID.randomUUID().toString();
        state.write(FILE, (id + "\n").getBytes(StandardCharsets.UTF_8));
        return id;
    }
}
