package dev.farmguard.collector.classify;

import dev.farmguard.collector.model.Display;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a display hangs: a KVM is only ever attached to an external output, so the connection the judgement uses
 * is the agent's, except that a connector named as an internal panel link (eDP, LVDS, DSI, as DRM names them:
 * "eDP-1", "card0-LVDS-1", "DSI-2") makes it internal whatever the agent said. Dual-screen laptops' second panel
 * hangs on such a connector and may present the EDID of a TC358743 bridge.
 */
public final class DisplayOutputs {

    private static final Pattern INTERNAL_CONNECTOR = Pattern.compile("(^|[-_])(edp|lvds|dsi)(\\b|[-_0-9])");

    private DisplayOutputs() {
    }

    /** The connection to judge the display by. */
    public static Display.Connection connection(Display display) {
        return internalConnector(display.connector()) ? Display.Connection.INTERNAL : display.connection();
    }

    /** An embedded-panel link by its name (eDP, LVDS, DSI). */
    public static boolean internalConnector(String connector) {
        return connector != null && INTERNAL_CONNECTOR.matcher(connector.strip().toLowerCase(Locale.ROOT)).find();
    }
}
