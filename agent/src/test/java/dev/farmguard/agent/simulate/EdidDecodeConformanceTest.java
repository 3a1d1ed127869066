package dev.farmguard.agent.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the reference decoder (Debian package edid-decode) over the simulator's monitor and IP-KVM
 * EDIDs when it is installed; skipped otherwise.
 */
class EdidDecodeConformanceTest {

  private static final Path EDID_DECODE = Path.of("/usr/bin/edid-decode");

  @TempDir Path dir;

  @Test
  void monitorAndKvmEdidsPassTheReferenceChecks() throws Exception {
    assumeTrue(Files.isExecutable(EDID_DECODE), "edid-decode not installed");
    List<byte[]> edids = new ArrayList<>();
    Rng rng = Rng.of(5, 5);
    Displays.MONITORS.forEach(m -> edids.add(m.edid(rng)));
    Displays.TVS.forEach(m -> edids.add(m.edid(rng)));
    edids.add(Displays.LANIX.edid(rng));
    edids.add(Displays.APPLE_PANEL.edid(rng));
    for (String model : KvmDevices.DEFAULT_MODELS) {
      edids.add(KvmDevices.byDefault(model).edid());
      edids.add(KvmDevices.renamed(model, model.length(), false).edid());
    }
    for (int i = 0; i < edids.size(); i++) {
      Path f = Files.write(dir.resolve(i + ".bin"), edids.get(i));
      Process p = new ProcessBuilder(EDID_DECODE.toString(), "--check", f.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      assertThat(out).as(out).contains("EDID conformity: PASS");
    }
  }

  @Test
  void panelsFailOnlyForTheMissingNameLikeRealPanels() throws Exception {
    assumeTrue(Files.isExecutable(EDID_DECODE), "edid-decode not installed");
    for (DisplayModel panel : Displays.PANELS) {
      Path f = Files.write(dir.resolve(panel.name() + ".bin"), panel.edid(Rng.of(1, 1)));
      Process p = new ProcessBuilder(EDID_DECODE.toString(), "--check", f.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      String failures = out.substring(out.indexOf("Failures:"));
      assertThat(failures.lines().filter(l -> l.startsWith("  ") && !l.startsWith("   "))).as(out)
          .containsExactly("  Missing Display Product Name.");
    }
  }
}
