package dev.farmguard.agent.probe.macos;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.command.CommandRunner;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process list from two {@code ps} runs (identity with {@code comm} last, then command lines), joined
 * by pid. Start times are local time with C locale month names, e.g. "Thu Nov  5 07:58:12 2026".
 * Callers keep only catalog matches; nothing else leaves the machine.
 */
public final class MacProcessTable {

    private static final Pattern IDENTITY = Pattern.compile(
            "^\\s*(\\d+)\\s+(\\S+)\\s+(\\w{3}\\s+\\w{3}\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}:\\d{2}\\s+\\d{4})\\s+(.+?)\\s*$");
    private static final Pattern ARGS = Pattern.compile("^\\s*(\\d+)\\s(.*)$");
    private static final DateTimeFormatter LSTART = DateTimeFormatter.ofPattern("EEE MMM d H:mm:ss yyyy", Locale.ROOT);

    private MacProcessTable() {
    }

    /** Runs ps; an unreadable list is a warning and an empty result. */
    public static List<MacProcess> read(CommandRunner commands, ZoneId zone, ProbeWarnings warnings) {
        return MacCommands.output(commands, MacCommands.PS_PROCESSES, warnings)
                .map(identity -> parse(identity,
                        MacCommands.output(commands, MacCommands.PS_ARGS, warnings).orElse(""), zone))
                .orElse(List.of());
    }

    /** Joins {@code ps -o pid=,user=,lstart=,comm=} with {@code ps -o pid=,args=}. */
    public static List<MacProcess> parse(String identityOutput, String argsOutput, ZoneId zone) {
        Map<Integer, String> commandLines = new HashMap<>();
        for (String line : argsOutput.split("\n")) {
            Matcher m = ARGS.matcher(line);
            if (m.matches()) {
                commandLines.put(Integer.parseInt(m.group(1)), m.group(2).trim());
            }
        }
        List<MacProcess> processes = new ArrayList<>();
        for (String line : identityOutput.split("\n")) {
            Matcher m = IDENTITY.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int pid = Integer.parseInt(m.group(1));
            processes.add(new MacProcess(pid, m.group(2), startTime(m.group(3), zone), m.group(4),
                    commandLines.getOrDefault(pid, "")));
        }
        return processes;
    }

    static Instant startTime(String lstart, ZoneId zone) {
        try {
            return LocalDateTime.parse(lstart.replaceAll("\\s+", " "), LSTART).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
