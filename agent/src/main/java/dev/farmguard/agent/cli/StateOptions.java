package dev.farmguard.agent.cli;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.run.LocalAgent;
import dev.farmguard.agent.state.StateDirectories;
import dev.farmguard.agent.state.StateDirectoryInUseException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --state-dir}: where the device id, sequence counter, catalog and spool live. */
final class StateOptions {

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory (default: /var/lib/farmguard-agent when writable, else "
                    + "$XDG_STATE_HOME/farmguard-agent or ~/.local/state/farmguard-agent).")
    Path stateDir;

    Path resolve() {
        return resolve(null);
    }

    /** The flag, else {@code fromConfig} (null: none), else the platform's default. */
    Path resolve(Path fromConfig) {
        if (stateDir != null) {
            return stateDir;
        }
        if (fromConfig != null) {
            return fromConfig;
        }
        return StateDirectories.defaultFor(Platform.current(), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Opens the agent on this machine; an unusable state directory is a usage error naming it. */
    LocalAgent openAgent() {
        return openAgent(null);
    }

    /** As above, with the configuration file's state-dir (null: none) below the flag. */
    LocalAgent openAgent(Path fromConfig) {
        Path dir = resolve(fromConfig);
        try {
            return LocalAgent.open(dir);
        } catch (StateDirectoryInUseException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.USAGE, "cannot use state directory " + dir + ": " + describe(e), e);
        }
    }

    /** File-system exceptions carry only a path as message; say what went wrong. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getMessage() + " (choose another --state-dir)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " on " + fs.getFile();
        }
        return e.getMessage();
    }
}
