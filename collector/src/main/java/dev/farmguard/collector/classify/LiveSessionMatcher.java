package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.RemoteToolSignature;
import dev.farmguard.collector.catalog.SessionProcess;
import dev.farmguard.collector.model.RemoteAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells that a remote tool's session is in progress at the moment of a snapshot, from what only exists during one:
 * the process the tool starts for an incoming session (by name, and by the argument it is started with), or an
 * established connection to the port the tool's relay carries sessions on. A tool that is merely installed,
 * running or registered with its servers is not a session.
 */
final class LiveSessionMatcher {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private record SessionPattern(NamePattern name, String argument) {}

    private record Compiled(RemoteToolSignature signature, List<SessionPattern> processes, Set<Integer> relayPorts,
                            TraceMatcher owners) {}

    private final List<Compiled> tools;

    LiveSessionMatcher(List<RemoteToolSignature> signatures) {
        this.tools = signatures.stream().filter(RemoteToolSignature::tellsLiveSessions)
                .map(s -> new Compiled(s, s.sessionProcesses().stream().map(LiveSessionMatcher::compile).toList(),
                        Set.copyOf(s.relayPorts()), new TraceMatcher(s.processNames(), List.of(), List.of())))
                .toList();
    }

    List<LiveSession> match(RemoteAccess access) {
        List<LiveSession> out = new ArrayList<>();
        for (Compiled tool : tools) {
            Optional<String> tell = sessionProcess(tool, access).or(() -> relayConnection(tool, access));
            tell.ifPresent(t -> out.add(new LiveSession(tool.signature().id(), tool.signature().name(), t)));
        }
        return out;
    }

    private static Optional<String> sessionProcess(Compiled tool, RemoteAccess access) {
        for (RemoteAccess.Process p : access.processes()) {
            for (SessionPattern s : tool.processes()) {
                boolean named = s.name().matches(p.name()) || s.name().matches(PathPattern.baseName(p.path()))
                        || s.name().matches(PathPattern.baseName(CommandLines.program(p.commandLine())));
                if (named && (s.argument().isEmpty() || hasArgument(p.commandLine(), s.argument()))) {
                    return Optional.of("process " + p.name() + (s.argument().isEmpty() ? "" : " " + s.argument())
                            + " (pid " + p.pid() + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** An established connection to the relay port, owned by the tool (or by a process the OS did not name). */
    private static Optional<String> relayConnection(Compiled tool, RemoteAccess access) {
        for (RemoteAccess.Socket c : access.connections()) {
            boolean established = c.state() == null || c.state().isBlank()
                    || c.state().toUpperCase(Locale.ROOT).startsWith("ESTAB");
            boolean owned = c.processName() == null || c.processName().isBlank()
                    || tool.owners().processName(c.processName()).isPresent();
            if (established && owned && tool.relayPorts().contains(c.remotePort())) {
                return Optional.of("relay connection " + RemoteToolMatcher.describe(c));
            }
        }
        return Optional.empty();
    }

    private static boolean hasArgument(String commandLine, String argument) {
        if (commandLine == null || commandLine.isBlank()) {
            return false;
        }
        for (String token : WHITESPACE.split(commandLine.trim())) {
            if (token.replace("\"", "").equalsIgnoreCase(argument)) {
                return true;
            }
        }
        return false;
    }

    private static SessionPattern compile(SessionProcess p) {
        return new SessionPattern(NamePattern.of(p.processName()), p.argument().trim());
    }
}
