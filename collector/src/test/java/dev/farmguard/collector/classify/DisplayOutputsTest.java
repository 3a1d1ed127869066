package dev.farmguard.collector.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Display.Connection;
import org.junit.jupiter.api.Test;

class DisplayOutputsTest {

    private static Connection of(String connector, Connection reported) {
        return DisplayOutputs.connection(new Display(new byte[0], connector, reported, true, true, 1920, 1080));
    }

    @Test
    void embeddedPanelLinksAreInternal() {
        assertThat(of("eDP-1", Connection.EXTERNAL)).isEqualTo(Connection.INTERNAL);
        assertThat(of("card0-LVDS-1", Connection.UNKNOWN)).isEqualTo(Connection.INTERNAL);
        assertThat(of("DSI-2", Connection.EXTERNAL)).isEqualTo(Connection.INTERNAL);
        assertThat(of("eDP", Connection.UNKNOWN)).isEqualTo(Connection.INTERNAL);
    }

    @Test
    void otherConnectorsKeepWhatTheAgentSaid() {
        assertThat(of("HDMI-A-1", Connection.EXTERNAL)).isEqualTo(Connection.EXTERNAL);
        assertThat(of("DP-3", Connection.EXTERNAL)).isEqualTo(Connection.EXTERNAL);
        assertThat(of("\\\\.\\DISPLAY1", Connection.INTERNAL)).isEqualTo(Connection.INTERNAL);
        assertThat(of("", Connection.UNKNOWN)).isEqualTo(Connection.UNKNOWN);
        assertThat(of("DisplayPort-1", Connection.EXTERNAL)).as("DisplayPort is not eDP").isEqualTo(Connection.EXTERNAL);
    }
}
