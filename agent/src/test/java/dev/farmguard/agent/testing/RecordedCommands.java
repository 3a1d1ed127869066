package dev.farmguard.agent.testing;

import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.command.CommandRunner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers commands with recorded output of real machines, by command name ("netstat -ano", "powershell:usb",
 * "ioreg -rd1 -c IOPlatformExpertDevice"). A command with no recording fails like a program that is not
 * installed, so a reader that runs something unexpected shows.
 */
public final class RecordedCommands implements CommandRunner {

    private final Map<String, CommandResult> recordings = new HashMap<>();
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    /** Output of a command that exited 0, from a test resource. */
    public RecordedCommands resource(String commandName, String resource) {
        return output(commandName, FakeTree.text(resource));
    }

    /** As {@link #resource(String, String)}, keyed by the command's name. */
    public RecordedCommands resource(Command command, String resource) {
        return resource(command.name(), resource);
    }

    /** Literal output of a command that exited 0. */
    public RecordedCommands output(String commandName, String stdout) {
        return result(commandName, new CommandResult(0, stdout));
    }

    /** Literal output and an exit status. */
    public RecordedCommands answer(Command command, int exitCode, String stdout) {
        return result(command.name(), new CommandResult(exitCode, stdout));
    }

    public RecordedCommands result(String commandName, CommandResult result) {
        recordings.put(commandName, result);
        return this;
    }

    @Override
    public CommandResult run(Command command) throws IOException {
        ran.add(command.name());
        CommandResult result = recordings.get(command.name());
        if (result == null) {
            throw new IOException("no recording of " + command.name());
        }
        return result;
    }

    /** Names of the commands run so far, in order. */
    public List<String> ran() {
        synchronized (ran) {
            return List.copyOf(ran);
        }
    }
}
