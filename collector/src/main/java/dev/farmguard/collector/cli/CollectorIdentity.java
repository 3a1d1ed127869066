package dev.farmguard.collector.cli;

/** How this collector process names itself where collectors share a database (report run claims). */
final class CollectorIdentity {

    private CollectorIdentity() {}

    static String describe() {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        if (host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "unknown-host";
            }
        }
        return host + " pid " + ProcessHandle.current().pid();
    }
}
