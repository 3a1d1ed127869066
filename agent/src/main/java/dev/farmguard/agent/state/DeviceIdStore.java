package dev.farmguard.agent.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The agent's device id in the state directory ({@code device-id}): a random UUID created on first start,
 * replaced by the id the collector assigns at enrollment (the subject of the device certificate, which
 * is the authority; this file only lets {@code snapshot --json} and logs show it without the certificate).
 */
public final class DeviceIdStore {

    static final String FILE = "device-id";

    private DeviceIdStore() {
    }

    /** Device ids the collector accepts: 1-128 of A-Z a-z 0-9 . _ : @ + -, starting with a letter or digit. */
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}");

    /** The persisted id, creating it on first use. A file that does not hold a device id is a startup error. */
    public static String loadOrCreate(StateDirectory state) throws IOException {
        Optional<byte[]> stored = state.read(FILE);
        if (stored.isPresent()) {
            String text = new String(stored.get(), StandardCharsets.UTF_8).trim();
            if (!DEVICE_ID.matcher(text).matches()) {
                throw new IOException(state.root().resolve(FILE) + " does not hold a device id; "
                        + "delete it to create a new identity");
            }
            return text;
        }
        String id = UUID.randomUUID().toString();
        save(state, id);
        return id;
    }

    /** Records the id the collector assigned. */
    public static void save(StateDirectory state, String id) throws IOException {
        state.write(FILE, (id + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
