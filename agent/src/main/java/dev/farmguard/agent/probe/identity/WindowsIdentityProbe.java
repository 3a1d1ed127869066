package dev.farmguard.agent.probe.identity;

import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.windows.WindowsSystem;

/**
 * Windows identity from one PowerShell run of CIM queries (Win32_ComputerSystem, Win32_ComputerSystemProduct,
 * Win32_SystemEnclosure for the SMBIOS chassis types, Win32_BIOS, Win32_OperatingSystem, Win32_Processor)
 * plus the update build revision from the registry. When that run fails, OSHI's reading is used with a
 * warning (it lacks the chassis kind).
 */
public final class WindowsIdentityProbe implements IdentityProbe {

    static final String SCRIPT = """
            $cs = Get-CimInstance Win32_ComputerSystem | Select-Object Name, DNSHostName, Manufacturer, Model, SystemFamily, PCSystemType, TotalPhysicalMemory
            $product = Get-CimInstance Win32_ComputerSystemProduct | Select-Object Vendor, Name, Version, IdentifyingNumber, UUID
            $enclosures = @(Get-CimInstance Win32_SystemEnclosure | Select-Object Manufacturer, ChassisTypes, SerialNumber)
            $bios = Get-CimInstance Win32_BIOS | Select-Object SerialNumber
            $os = Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version, BuildNumber, @{n='LastBootUpTime';e={$_.LastBootUpTime.ToUniversalTime().ToString('o')}}
            $cpus = @(Get-CimInstance Win32_Processor | Select-Object Name, NumberOfCores, NumberOfLogicalProcessors)
            $ubr = (Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' -ErrorAction SilentlyContinue).UBR
            [pscustomobject]@{ ComputerSystem = $cs; Product = $product; Enclosures = $enclosures; Bios = $bios; OperatingSystem = $os; Processors = $cpus; UBR = $ubr } | ConvertTo-Json -Depth 4
            """;

    private final WindowsSystem system;
    private final IdentityProbe fallback;

    /** @param fallback the reader used when the CIM queries fail (OSHI) */
    public WindowsIdentityProbe(WindowsSystem system, IdentityProbe fallback) {
        this.system = system;
        this.fallback = fallback;
    }

    @Override
    public IdentityInfo collect(ProbeWarnings warnings) throws Exception {
        try {
            return CimIdentity.parse(system.powerShellJson("identity", SCRIPT, false));
        } catch (ProbeException e) {
            warnings.warn(e.getMessage() + "; identity read through OSHI, chassis unknown");
            return fallback.collect(warnings);
        }
    }
}
