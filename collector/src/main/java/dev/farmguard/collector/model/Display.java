package dev.farmguard.collector.model;

/** One display output and the raw EDID of the monitor behind it (empty array when none). */
public record Display(
        byte[] edid,
        String connector,
        Connection connection,
        boolean connected,
        boolean active,
        int widthPx,
        int heightPx) {

    public enum Connection { UNKNOWN, INTERNAL, EXTERNAL, VIRTUAL }

    public Display {
        edid = edid.clone();
    }

    @Override
    public byte[] edid() {
        return edid.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Display d && java.util.Arrays.equals(edid, d.edid) && connector.equals(d.connector)
                && connection == d.connection && connected == d.connected && active == d.active
                && widthPx == d.widthPx && heightPx == d.heightPx;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(edid), connector, connection, connected, active);
    }

    @Override
    public String toString() {
        return "Display[" + connector + ", " + connection + ", edid " + edid.length + " bytes]";
    }
}
