package dev.farmguard.agent.simulate;

import dev.farmguard.proto.v1.ChassisType;
import dev.farmguard.proto.v1.DeviceIdentity;
import dev.farmguard.proto.v1.InputActivity;
import dev.farmguard.proto.v1.JigglerObservation;
import dev.farmguard.proto.v1.LidState;
import dev.farmguard.proto.v1.OsFamily;
import dev.farmguard.proto.v1.Power;
import dev.farmguard.proto.v1.PowerSource;
import dev.farmguard.proto.v1.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the protobuf {@link Snapshot} of a device in a situation (directly, without probes). */
final class SnapshotFactory {

  static final String AGENT_VERSION = "0.1.0-sim";
  static final String CATALOG_VERSION = "simulated";

  private final long seed;
  private final Instant simulationStart;
  private final RemoteAccessParts remoteAccess;

  SnapshotFactory(long seed, Instant simulationStart, List<String> itPeerIds) {
    this.seed = seed;
    this.simulationStart = simulationStart;
    this.remoteAccess = new RemoteAccessParts(seed, simulationStart, itPeerIds);
  }

  Snapshot build(DeviceProfile p, Situation at, int slot, long sequence) {
    Rng rng = Rng.of(seed, Rng.Salt.SNAPSHOT, p.index(), slot, 1);
    Rng unit = Rng.of(seed, Rng.Salt.DEVICE, p.index(), 0x0517);
    Snapshot.Builder s = Snapshot.newBuilder()
        .setDeviceId(p.deviceId())
        .setSequence(sequence)
        .setCollectedAt(RemoteAccessParts.ts(at.time()))
        .setAgentVersion(AGENT_VERSION)
        .setCatalogVersion(CATALOG_VERSION)
        .setIdentity(identity(p));
    HardwareParts.addUsb(s, p, at, unit, rng);
    HardwareParts.addDisplays(s, p, at);
    remoteAccess.add(s, p, at, NetworkParts.lanAddress(p, at), unit, rng);
    OsFamily os = p.machine().model().os();
    s.setInput(InputActivity.newBuilder().setIdleMillis(at.idleMillis()).setSource(switch (os) {
      case OS_FAMILY_MACOS -> "HIDIdleTime";
      case OS_FAMILY_LINUX -> "/dev/input";
      default -> "GetLastInputInfo";
    }));
    s.setPower(Power.newBuilder()
        .setSource(at.onAc() ? PowerSource.POWER_SOURCE_AC : PowerSource.POWER_SOURCE_BATTERY)
        .setHasBattery(true)
        .setBatteryPercent(at.batteryPercent())
        .setCycleCount(p.machine().cycleCount())
        .setLid(at.lidClosed() ? LidState.LID_STATE_CLOSED : LidState.LID_STATE_OPEN));
    NetworkParts.add(s, p, at, rng);
    s.setLocale(locale(p, at));
    if (p.desk().jiggler() && os == OsFamily.OS_FAMILY_WINDOWS) {
      s.addJigglers(JigglerObservation.newBuilder().setMatchedTool("mouse-jiggler").setKind("process")
          .setEvidence("MouseJiggler.exe"));
    }
    return s.build();
  }

  private DeviceIdentity identity(DeviceProfile p) {
    DeviceProfile.Machine m = p.machine();
    return DeviceIdentity.newBuilder()
        .setHostname(m.hostname())
        .setHardwareVendor(m.model().vendor())
        .setHardwareModel(m.model().model())
        .setHardwareSerial(m.serial())
        .setHardwareUuid(m.uuid())
        .setChassisType(ChassisType.CHASSIS_TYPE_LAPTOP)
        .setOsFamily(m.os().family())
        .setOsName(m.os().name())
        .setOsVersion(m.os().version())
        .setOsBuild(m.os().build())
        .setCpuModel(m.model().cpu())
        .setLogicalCpus(m.model().logicalCpus())
        .setPhysicalCpus(m.model().physicalCpus())
        .setTotalMemoryBytes(m.model().memoryGb() * 1024L * 1024 * 1024)
        .setBootTime(RemoteAccessParts.ts(simulationStart.minusSeconds(m.bootAgeSeconds())))
        .build();
  }

  private static dev.farmguard.proto.v1.Locale locale(DeviceProfile p, Situation at) {
    OsFamily os = p.machine().model().os();
    LocaleProfile base = p.desk().locale();
    String tag = base.locale();
    List<String> layouts = new ArrayList<>(base.layouts(os));
    List<String> inputMethods = new ArrayList<>(base.inputMethods(os));
    DeviceProfile.FarmSetup farm = p.farm();
    if (farm != null && farm.leak() != null) {
      for (String l : farm.leak().layouts(os)) {
        if (!layouts.contains(l)) {
          layouts.add(l);
        }
      }
      inputMethods.addAll(farm.leak().inputMethods(os));
      if (farm.leakLevel() >= 2) {
        tag = farm.leak().locale();
      }
    }
    return dev.farmguard.proto.v1.Locale.newBuilder()
        .setTimeZone(at.osZone().getId())
        .setUtcOffsetSeconds(at.osZone().getRules().getOffset(at.time()).getTotalSeconds())
        .setLocale(tag)
        .addAllKeyboardLayouts(layouts)
        .addAllInputMethods(inputMethods)
        .setClockSynchronized(true)
        .build();
  }
}
