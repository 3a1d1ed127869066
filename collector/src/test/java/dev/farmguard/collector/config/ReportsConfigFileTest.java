package dev.farmguard.collector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.config.ReportsSettings.Schedule;
import dev.farmguard.collector.config.ReportsSettings.Security;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsConfigFileTest {

    @TempDir
    Path dir;

    private ReportsSettings load(String yaml) throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, yaml);
        ConfigFile.apply(file, CollectorConfig.defaults(dir)); // the rest of the file accepts the section
        return ReportsConfigFile.read(file, dir);
    }

    @Test
    void theExampleFileStatesTheDefaults() {
        assertThat(ReportsConfigFile.read(Path.of("collector.example.yaml"), dir)).isEqualTo(ReportsSettings.NONE);
    }

    @Test
    void schedulesAndSmtpAreRead() throws IOException {
        ReportsSettings s = load("""
                reports:
                  check-every: 1m
                  schedules:
                    - name: weekly-board
                      cron: "30 6 * * 1"
                      time-zone: America/New_York
                      kind: weekly-farm
                      formats: [pdf, csv]
                      keep: 8
                      keep-days: 90
                      webhook: https://hooks.example.com/fg
                      email-to: [ciso@example.com]
                  smtp:
                    host: smtp.example.com
                    username: fg
                    password-file: /etc/fg/smtp.password
                    from: farmguard@example.com
                """);
        assertThat(s.checkEvery()).isEqualTo(Duration.ofMinutes(1));
        Schedule w = s.schedules().get(0);
        assertThat(w.name()).isEqualTo("weekly-board");
        assertThat(w.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(w.kind()).isEqualTo(ReportKind.WEEKLY_FARM);
        assertThat(w.formats()).containsExactly(ReportFormat.PDF, ReportFormat.CSV);
        assertThat(w.directory()).isEqualTo(dir.resolve("reports").resolve("weekly-board"));
        assertThat(w.keep()).isEqualTo(8);
        assertThat(w.keepFor()).isEqualTo(Duration.ofDays(90));
        assertThat(w.webhook().getHost()).isEqualTo("hooks.example.com");
        assertThat(w.emailTo()).containsExactly("ciso@example.com");
        assertThat(s.smtp().security()).isEqualTo(Security.STARTTLS);
        assertThat(s.smtp().port()).isEqualTo(587);
        assertThat(s.smtp().passwordFile()).isEqualTo(Path.of("/etc/fg/smtp.password"));
    }

    @Test
    void badSchedulesNameTheKey() {
        assertThatThrownBy(() -> load("reports:\n  schedules:\n    - {name: a, cron: \"61 7 * * *\", kind: daily-summary}\n"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("reports.schedules[0].cron: bad value");
        assertThatThrownBy(() -> load("reports:\n  schedules:\n    - {name: a, cron: \"0 7 * * *\", kind: monthly}\n"))
                .hasMessageContaining("reports.schedules[0].kind").hasMessageContaining("daily-summary, weekly-farm");
        assertThatThrownBy(() -> load("reports:\n  schedules:\n    - {name: a, cron: \"0 7 * * *\", kind: "
                + "daily-summary, time-zone: Mars/Olympus}\n")).hasMessageContaining("reports.schedules[0].time-zone");
        assertThatThrownBy(() -> load("reports:\n  schedules:\n    - {name: a, cron: \"0 7 * * *\", kind: "
                + "daily-summary, email-to: [x@example.com]}\n"))
                .hasMessageContaining("reports.schedules[0].email-to: no SMTP server configured");
        assertThatThrownBy(() -> load("reports:\n  schedules:\n    - {name: a, cron: \"0 7 * * *\", kind: "
                + "daily-summary}\n    - {name: a, cron: \"0 8 * * *\", kind: weekly-farm}\n"))
                .hasMessageContaining("reports.schedules[1].name: 'a' is used twice");
        assertThatThrownBy(() -> load("reports:\n  schedules:\n    - {name: a, cron: \"0 7 * * *\", kind: "
                + "daily-summary, webhook: \"ftp://x\"}\n")).hasMessageContaining("reports.schedules[0].webhook");
        assertThatThrownBy(() -> load("reports:\n  smtp: {host: h, from: a@b.c, username: u}\n"))
                .hasMessageContaining("reports.smtp.password-file");
        assertThatThrownBy(() -> load("reports:\n  schedules:\n    - {name: a, cron: \"0 7 * * *\", kind: "
                + "daily-summary, colour: red}\n")).hasMessageContaining("reports.schedules[0].colour: unknown key");
    }
}
