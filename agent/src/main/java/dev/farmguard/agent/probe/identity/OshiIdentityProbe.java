package dev.farmguard.agent.probe.identity;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeWarnings;
import java.util.function.Supplier;
import oshi.SystemInfo;
import oshi.software.os.OperatingSystem;

/**
 * Identity through OSHI alone, for Windows and macOS until they get dedicated readers: everything but the
 * chassis kind (OSHI does not expose the SMBIOS enclosure type), which stays UNKNOWN.
 */
public final class OshiIdentityProbe implements IdentityProbe {

    private final SystemInfo systemInfo;
    private final Platform platform;
    private final Supplier<HardwareFacts> facts;

    public OshiIdentityProbe(SystemInfo systemInfo, Platform platform, Supplier<HardwareFacts> facts) {
        this.systemInfo = systemInfo;
        this.platform = platform;
        this.facts = facts;
    }

    @Override
    public IdentityInfo collect(ProbeWarnings warnings) {
        HardwareFacts hw = facts.get();
        OperatingSystem os = systemInfo.getOperatingSystem();
        OperatingSystem.OSVersionInfo version = os.getVersionInfo();
        return new IdentityInfo(
                HardwareFacts.known(os.getNetworkParams().getHostName()),
                hw.vendor(), hw.model(), hw.serial(), hw.uuid(),
                SmbiosChassis.isVirtualMachine(hw.vendor(), hw.model()) ? ChassisKind.VIRTUAL : ChassisKind.UNKNOWN,
                platform,
                HardwareFacts.known(os.getFamily()),
                HardwareFacts.known(version.getVersion()),
                HardwareFacts.known(version.getBuildNumber()),
                hw.cpuModel(), hw.logicalCpus(), hw.physicalCpus(), hw.totalMemoryBytes(), hw.bootTime());
    }
}
