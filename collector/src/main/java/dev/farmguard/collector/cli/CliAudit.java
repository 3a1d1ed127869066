package dev.farmguard.collector.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.farmguard.collector.audit.AuditEntry;
import dev.farmguard.collector.audit.AuditScope;
import dev.farmguard.collector.auth.TokenSecrets;
import dev.farmguard.collector.logging.LogSafe;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Audits commands that change the store directly ({@code token create}, {@code roster import}, ...): the entry waits
 * in an {@link AuditScope} and is written by the change's own transaction, so read-only commands leave nothing.
 * The actor is the operating-system user, "from" is the local host.
 */
final class CliAudit {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CliAudit() {}

    /** A scope for the command {@code spec} is running; close it when the command ends. */
    static AuditScope open(CommandLine.Model.CommandSpec spec) {
        String command = spec.qualifiedName(" ");
        int space = command.indexOf(' ');
        String action = (space < 0 ? command : command.substring(space + 1)).replace(' ', '.')
                .replace('-', '_');
        String user = System.getProperty("user.name", "unknown");
        return AuditScope.open(AuditEntry.neutralised(TokenSecrets.newId("aud_"), Instant.now(), "cli:" + user,
                "local command line", "local", action, "CLI", command, command, parameters(spec), "local"));
    }

    private static String parameters(CommandLine.Model.CommandSpec spec) {
        ObjectNode out = MAPPER.createObjectNode();
        for (CommandLine.Model.OptionSpec o : spec.options()) {
            Object value = o.getValue();
            if (value == null || o.usageHelp() || o.versionHelp()) {
                continue;
            }
            String name = o.longestName().replaceFirst("^-+", "");
            String lower = name.toLowerCase(Locale.ROOT);
            boolean secret = lower.contains("token") || lower.contains("secret") || lower.contains("password");
            out.put(name, secret ? "[redacted]" : LogSafe.text(value));
        }
        for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
            if (p.getValue() != null) {
                out.put(p.paramLabel(), LogSafe.text(p.getValue()));
            }
        }
        return out.toString();
    }
}
