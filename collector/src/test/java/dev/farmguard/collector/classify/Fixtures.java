package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.model.Jiggler;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.RemoteAccess;
import dev.farmguard.collector.model.UsbDevice;
import dev.farmguard.collector.model.UsbDevice.UsbInterface;
import java.util.ArrayList;
import java.util.List;

/** Small builders for the model records the classifier reads. */
final class Fixtures {

    static final SignatureClassifier CLASSIFIER = SignatureClassifier.of(CatalogLoader.loadBundled());

    static final UsbInterface KEYBOARD = new UsbInterface(3, 1, 1);
    static final UsbInterface MOUSE = new UsbInterface(3, 1, 2);
    static final UsbInterface HID = new UsbInterface(3, 0, 0);
    static final UsbInterface MASS_STORAGE = new UsbInterface(8, 6, 0x50);
    static final UsbInterface CDC_ECM = new UsbInterface(2, 6, 0);
    static final UsbInterface CDC_DATA = new UsbInterface(10, 0, 0);
    static final UsbInterface RNDIS = new UsbInterface(0xE0, 1, 3);
    static final UsbInterface SMART_CARD = new UsbInterface(0x0B, 0, 0);
    static final UsbInterface AUDIO = new UsbInterface(1, 1, 0);

    private Fixtures() {
    }

    static UsbDevice usb(int vid, int pid, String manufacturer, String product, String serial) {
        return usb(vid, pid, manufacturer, product, serial, false, List.of());
    }

    static UsbDevice usb(int vid, int pid, String manufacturer, String product, String serial, boolean absolute,
                         List<UsbInterface> interfaces) {
        return new UsbDevice(vid, pid, manufacturer, product, serial, 0, interfaces, absolute, "1-2", 480, "", "");
    }

    static UsbDevice withScsi(UsbDevice d, String vendor, String product) {
        return new UsbDevice(d.vendorId(), d.productId(), d.manufacturer(), d.product(), d.serial(), d.deviceClass(),
                d.interfaces(), d.absolutePointer(), d.location(), d.speedMbps(), vendor, product);
    }

    static RemoteAccess.Process process(String name, String path, String commandLine) {
        return new RemoteAccess.Process(4242, name, path, commandLine, "alice", null, "");
    }

    static RemoteAccess.Service service(String name, String displayName, String path) {
        return new RemoteAccess.Service(name, displayName, "running", "auto", path, "");
    }

    static RemoteAccess.Socket listener(int port, String processName) {
        return new RemoteAccess.Socket("tcp", "0.0.0.0", port, "", 0, 77, processName, "LISTEN");
    }

    static RemoteAccess.Socket connection(String processName, String remote, int remotePort) {
        return new RemoteAccess.Socket("tcp", "192.168.1.20", 50123, remote, remotePort, 77, processName,
                "ESTABLISHED");
    }

    /** A RemoteAccess holding only what is given (processes, services, installs, listeners, connections). */
    static RemoteAccessBuilder access() {
        return new RemoteAccessBuilder();
    }

    static Network network(List<Network.Interface> interfaces, List<Network.VpnClient> hints) {
        return new Network(interfaces, List.of(), null, List.of(), List.of(), hints);
    }

    static Network.Interface nic(String name, String displayName) {
        return new Network.Interface(name, displayName, "02:00:00:00:00:01", Network.InterfaceType.ETHERNET,
                List.of(), List.of(), true, 0);
    }

    static Jiggler jigglerHint(String tool, String kind, String evidence) {
        return new Jiggler(tool, kind, evidence);
    }

    static final class RemoteAccessBuilder {
        private final List<RemoteAccess.Process> processes = new ArrayList<>();
        private final List<RemoteAccess.Service> services = new ArrayList<>();
        private final List<RemoteAccess.Installed> installs = new ArrayList<>();
        private final List<RemoteAccess.Socket> listeners = new ArrayList<>();
        private final List<RemoteAccess.Socket> connections = new ArrayList<>();

        RemoteAccessBuilder process(String name, String path, String commandLine) {
            processes.add(Fixtures.process(name, path, commandLine));
            return this;
        }

        RemoteAccessBuilder service(String name, String displayName, String path) {
            services.add(Fixtures.service(name, displayName, path));
            return this;
        }

        RemoteAccessBuilder install(String path) {
            installs.add(new RemoteAccess.Installed(path, ""));
            return this;
        }

        RemoteAccessBuilder listener(int port, String processName) {
            listeners.add(Fixtures.listener(port, processName));
            return this;
        }

        RemoteAccessBuilder connection(String processName, String remote, int remotePort) {
            connections.add(Fixtures.connection(processName, remote, remotePort));
            return this;
        }

        RemoteAccess build() {
            return new RemoteAccess(processes, services, installs, listeners, connections, List.of(), List.of(),
                    List.of());
        }
    }
}
