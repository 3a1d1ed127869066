package dev.farmguard.agent.probe.network;

import io.netty.util.NetUtil;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;

/** Addresses bound to an interface; the live source asks the OS through {@link NetworkInterface}. */
@FunctionalInterface
public interface InterfaceAddressSource {

    List<InetAddress> addresses(String interfaceName);

    /** This machine's addresses (empty for an interface that vanished). */
    InterfaceAddressSource SYSTEM = name -> {
        try {
            NetworkInterface nic = NetworkInterface.getByName(name);
            return nic == null ? List.of() : Collections.list(nic.getInetAddresses());
        } catch (SocketException e) {
            return List.of();
        }
    };

    /** Text form: dotted IPv4, RFC 5952 IPv6 without the "%scope" suffix Java adds to link-local addresses. */
    static String text(InetAddress address) {
        return NetUtil.toAddressString(address);
    }

    static boolean isIpv4(InetAddress address) {
        return address instanceof Inet4Address;
    }
}
