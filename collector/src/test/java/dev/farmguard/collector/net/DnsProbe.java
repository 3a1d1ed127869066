package dev.farmguard.collector.net;

import dev.farmguard.collector.config.Cidr;

/** Run by {@link NoDnsIT} in a JVM whose name service is a hosts file: prints what each parser makes of each argument. */
public final class DnsProbe {

    private DnsProbe() {}

    public static void main(String[] args) {
        for (String text : args) {
            System.out.println(text + " literal=" + IpLiteral.parse(text).map(a -> a.getHostAddress()).orElse("-")
                    + " cidr=" + cidr(text));
        }
    }

    private static String cidr(String text) {
        try {
            return Cidr.parse(text + "/32").toString();
        } catch (IllegalArgumentException e) {
            return "-";
        }
    }
}
