package dev.farmguard.agent.cli;

import com.google.protobuf.util.JsonFormat;
import dev.farmguard.agent.run.LocalAgent;
import dev.farmguard.agent.spool.SnapshotSpool;
import dev.farmguard.proto.v1.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code snapshot --json}: one snapshot of this machine on stdout, nothing else. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Print one snapshot of this machine as protobuf canonical JSON (farmguard.v1.Snapshot).")
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", required = true, description = "Print protobuf canonical JSON (the only format).")
    boolean json;

    @Mixin
    StateOptions state;

    @Override
    public Integer call() throws IOException {
        try (LocalAgent agent = state.openAgent()) {
            long dropped = SnapshotSpool.open(agent.state(), RunCommand.SPOOL_CAPACITY).droppedTotal();
            Snapshot snapshot = agent.collect(dropped);
            PrintWriter out = spec.commandLine().getOut();
            out.println(JsonFormat.printer().print(snapshot));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
