package dev.farmguard.agent.testing;

import dev.farmguard.agent.probe.windows.CommandResult;
import dev.farmguard.agent.probe.windows.WindowsCommand;
import dev.farmguard.agent.probe.windows.WindowsCommands;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers Windows commands by name ("netstat -ano", "powershell:usb") with recorded output. */
public final class RecordedCommands implements WindowsCommands {

    private final Map<String, CommandResult> recordings = new HashMap<>();
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    /** Output of a command that exited 0, from a test resource. */
    public RecordedCommands resource(String commandName, String resource) {
        return output(commandName, FakeTree.text(resource));
    }

    public RecordedCommands output(String commandName, String stdout) {
        return result(commandName, new CommandResult(0, stdout));
    }

    public RecordedCommands result(String commandName, CommandResult result) {
        recordings.put(commandName, result);
        return this;
    }

    @Override
    public CommandResult run(WindowsCommand command) throws IOException {
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
