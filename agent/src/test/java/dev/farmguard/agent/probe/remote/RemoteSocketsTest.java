package dev.farmguard.agent.probe.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteSocketsTest {

    /** A socket reduced to what the rule reads. */
    private record Socket(int localPort, int pid) {
    }

    private static final int TOOL_PID = 100;
    private static final int CATALOG_PORT = 7070;

    @Test
    void catalogPortsAndCatalogProcessesChooseListenersAndTheConnectionsTheyServe() {
        Socket onCatalogPort = new Socket(CATALOG_PORT, 0);
        Socket ownedByTool = new Socket(50001, TOOL_PID);
        Socket unrelatedListener = new Socket(22, 7);
        Socket intoCatalogPort = new Socket(CATALOG_PORT, 0);
        Socket fromTool = new Socket(41234, TOOL_PID);
        Socket intoUnrelated = new Socket(22, 7);
        Socket intoToolsOwnListener = new Socket(50001, 0);

        RemoteSockets.Selection<Socket> chosen = RemoteSockets.select(
                List.of(onCatalogPort, ownedByTool, unrelatedListener),
                List.of(intoCatalogPort, fromTool, intoUnrelated, intoToolsOwnListener),
                Socket::localPort, s -> s.pid() == TOOL_PID, port -> port == CATALOG_PORT);

        assertThat(chosen.listeners()).containsExactly(onCatalogPort, ownedByTool);
        assertThat(chosen.connections()).containsExactly(intoCatalogPort, fromTool);
    }
}
