package dev.farmguard.agent.probe.remote.logs;

import dev.farmguard.agent.probe.remote.UnattendedInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeamViewer's Linux {@code global.conf} (typed lines such as {@code [int32] Always_Online = 1},
 * {@code [bin  ] SecurityPasswordAES = 1c 2e ...}). A stored unattended password (the same value names the
 * Windows registry uses) means unattended access; only the name is reported.
 */
public final class TeamViewerConfig {

    private static final Pattern TYPED = Pattern.compile("^\\s*\\[[^]]*]\\s*(\\w+)\\s*=\\s*(.*)$");
    private static final Set<String> PASSWORD_VALUES = Set.of("SecurityPasswordAES", "SecurityPasswordExported",
            "PermanentPassword", "SecurityPasswordMD5");

    private TeamViewerConfig() {
    }

    public static List<UnattendedInfo> unattended(List<String> lines, String source) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = TYPED.matcher(line);
            if (m.matches() && PASSWORD_VALUES.contains(m.group(1)) && !m.group(2).isBlank()
                    && !m.group(2).trim().equals("\"\"")) {
                keys.add(m.group(1));
            }
        }
        List<UnattendedInfo> found = new ArrayList<>();
        keys.forEach(key -> found.add(new UnattendedInfo(TeamViewerConnections.TOOL, source,
                key + " is set (unattended-access password)")));
        return found;
    }
}
