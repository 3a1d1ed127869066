package dev.farmguard.collector.catalog;

/**
 * A process a remote tool starts for an incoming session and ends with it (RustDesk's {@code --cm} connection
 * manager, TeamViewer_Desktop, Chrome Remote Desktop's {@code --type=desktop}): seeing it running means someone is
 * connected in at that moment.
 *
 * @param processName executable name, case-insensitive, {@code *} wildcards allowed
 * @param argument    an argument the process is started with for the session; empty: the name alone tells
 */
public record SessionProcess(String processName, String argument) {

    public SessionProcess {
        processName = UsbMatch.nullToEmpty(processName);
        argument = UsbMatch.nullToEmpty(argument);
    }
}
