package dev.farmguard.agent.probe.remote.logs;

import dev.farmguard.agent.probe.remote.UnattendedInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * AnyDesk's {@code service.conf} / {@code system.conf} ({@code key=value} lines). An unattended-access password
 * leaves a salted hash: {@code ad.anynet.pwd_hash=…} (with {@code ad.anynet.pwd_salt}); newer permission
 * profiles keep theirs under keys ending in {@code pwd_hash} too. Only the key's name is reported, never the
 * value.
 */
public final class AnyDeskConfig {

    private AnyDeskConfig() {
    }

    /** One entry per password-hash key with a non-empty value, e.g. detail "ad.anynet.pwd_hash is set". */
    public static List<UnattendedInfo> unattended(List<String> lines, String source) {
        Set<String> keys = new LinkedHashSet<>();
        for (String raw : lines) {
            String line = AnyDeskConnectionTrace.stripBom(raw).trim();
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            if (!value.isEmpty() && isPasswordKey(key)) {
                keys.add(key);
            }
        }
        List<UnattendedInfo> found = new ArrayList<>();
        keys.forEach(key -> found.add(new UnattendedInfo(AnyDeskConnectionTrace.TOOL, source,
                key + " is set (unattended-access password)")));
        return found;
    }

    private static boolean isPasswordKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.startsWith("ad.") && (k.endsWith("pwd_hash") || k.endsWith(".password_hash"));
    }
}
