package dev.farmguard.collector.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jpackage command line per installer type (the Linux installer test and the CI workflow build them for real). */
class AgentInstallerTest {

    private static List<String> arguments(InstallerType type, int runtime) {
        AgentSettings settings = new AgentSettings("h:1", "AB", null, type.stateDir());
        return AgentInstaller.arguments(new AgentInstaller.Build(type, Path.of("a.jar"), Path.of("ca.pem"), settings,
                "1.2.3", Path.of("out"), null), Path.of("in"), Path.of("res"), runtime);
    }

    private static String valueOf(List<String> args, String option) {
        return args.get(args.indexOf(option) + 1);
    }

    @Test
    void theServiceReadsItsConfigurationFileSoNoTokenIsOnItsCommandLine() {
        for (InstallerType type : List.of(InstallerType.DEB, InstallerType.RPM, InstallerType.MSI, InstallerType.PKG)) {
            List<String> args = arguments(type, 25);
            assertThat(valueOf(args, "--arguments")).isEqualTo("run --config $APPDIR/agent.conf");
            assertThat(valueOf(args, "--type")).isEqualTo(type.cliName());
            assertThat(valueOf(args, "--app-version")).isEqualTo("1.2.3");
        }
    }

    @Test
    void windowsIsPerMachineByDefaultAndUpgradesByAFixedUuid() {
        List<String> msi = arguments(InstallerType.MSI, 25);

        assertThat(msi).doesNotContain("--win-per-user-install").contains("--launcher-as-service");
        assertThat(valueOf(msi, "--app-content")).endsWith("service-installer.xml");
        assertThat(AgentInstaller.class.getResource("/dist/agent/windows/service-installer.xml")).isNotNull();
        assertThat(valueOf(msi, "--win-upgrade-uuid")).isEqualTo(AgentInstaller.WINDOWS_UPGRADE_UUID);
    }

    @Test
    void linuxPackagesInstallTheirOwnUnitInsteadOfJpackagesService() {
        assertThat(arguments(InstallerType.DEB, 25)).doesNotContain("--launcher-as-service")
                .containsSequence("--linux-package-name", "farmguard-agent");
        assertThat(arguments(InstallerType.RPM, 25)).doesNotContain("--launcher-as-service");
        assertThat(AgentInstaller.class.getResource("/dist/agent/linux/farmguard-agent.service")).isNotNull();
    }

    @Test
    void warningOptionsOnlyWhereTheBundledRuntimeKnowsThem() {
        assertThat(AgentInstaller.javaOptions(17)).isEqualTo("-Xmx96m -XX:+UseSerialGC");
        assertThat(AgentInstaller.javaOptions(25)).contains("--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow");
        assertThat(AgentInstaller.jlinkOptions(17)).doesNotContain("zip-6");
        assertThat(AgentInstaller.jlinkOptions(21)).contains("--compress=zip-6");
    }

    @Test
    void theInstallerConfigurationCarriesTheOsStateDirectory() {
        assertThat(new AgentSettings("h:1", "AB", "fge_t", InstallerType.MSI.stateDir()).render())
                .contains("state-dir = C:\\ProgramData\\FarmguardAgent\n").contains("enroll-token = fge_t\n")
                .contains("ca = collector-ca.pem\n");
    }
}
