package dev.farmguard.agent.testing;

import dev.farmguard.agent.probe.CommandRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command runner that answers with recorded output of real machines (test resources). A command with no
 * recording answers like a program that is not installed, so a reader that runs something unexpected shows.
 */
public final class FakeCommands implements CommandRunner {

    private final Map<List<String>, CommandResult> answers = new HashMap<>();
    private final List<List<String>> ran = Collections.synchronizedList(new ArrayList<>());

    /** Answers {@code command} with the text of a classpath resource and exit status 0. */
    public FakeCommands output(List<String> command, String resource) {
        return answer(command, 0, FakeTree.text(resource));
    }

    /** Answers {@code command} with literal text and an exit status. */
    public FakeCommands answer(List<String> command, int exitCode, String stdout) {
        answers.put(List.copyOf(command), new CommandResult(exitCode, stdout, false));
        return this;
    }

    @Override
    public Optional<CommandResult> run(List<String> command) {
        ran.add(List.copyOf(command));
        return Optional.ofNullable(answers.get(command));
    }

    /** Every command run so far, in order. */
    public List<List<String>> ran() {
        return List.copyOf(ran);
    }
}
