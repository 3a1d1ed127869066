package dev.farmguard.collector.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.app.Collector;
import dev.farmguard.collector.model.Assessment;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.testing.RunningCollector;
import dev.farmguard.collector.testing.TestSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium + chromium-driver) against a collector on
 * loopback: sign in with a token, see the fleet with verdicts, open a device and read its evidence.
 */
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    private static Collector collector;
    private static WebDriver browser;
    private static String base;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // CI installs the browser (.ci/run), so there a missing browser is a failure, not a skip.
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "install Debian's chromium and chromium-driver to run the dashboard test");
        }
        assertThat(installed).as("chromium and chromedriver under /usr/bin").isTrue();

        collector = RunningCollector.start(dir, List.of(), Duration.ofSeconds(5));
        base = "https://127.0.0.1:" + collector.apiAddress().port();
        admin = Files.readString(dir.resolve("admin.token")).trim();
        collector.store().saveSnapshots(List.of(TestSnapshots.full("lap-farm", 3).withObservedIp("203.0.113.5"),
                TestSnapshots.minimal("lap-ok", 1, TestSnapshots.T0)), TestSnapshots.T0);
        collector.store().saveAssessment(new Assessment("lap-farm", 91, Verdict.LAPTOP_FARM, List.of(new Finding(
                "ip_kvm.usb_identity", Finding.Severity.CRITICAL, "PiKVM USB gadget attached",
                Map.of("vidPid", "1d6b:0104", "manufacturer", "PiKVM"))), TestSnapshots.T0,
                "Laptop farm: decisive evidence about what is attached to it (PiKVM USB gadget attached)."));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + dir.resolve("chromium"));
        // The collector's CA is private to this test; the page's security is not what is tested here.
        options.setAcceptInsecureCerts(true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (collector != null) {
            collector.close();
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @Test
    void signInListDevicesAndExplainAVerdict() throws Exception {
        browser.get(base + "/");
        WebElement tokenField = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));

        tokenField.sendKeys("fg_not-a-real-token");
        browser.findElement(By.cssSelector("#login-form button")).click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "not accepted"));

        browser.findElement(By.id("token")).clear();
        browser.findElement(By.id("token")).sendKeys(admin);
        browser.findElement(By.cssSelector("#login-form button")).click();
        waitUpTo(10).until(d -> d.findElements(By.cssSelector("#devices tbody tr")).size() == 2);

        assertThat(browser.findElement(By.id("count-laptop_farm")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("count-ok")).getText()).isEqualTo("1");
        WebElement first = browser.findElement(By.cssSelector("#devices tbody tr"));
        assertThat(first.getAttribute("data-device-id")).as("highest risk first").isEqualTo("lap-farm");
        assertThat(first.findElement(By.cssSelector(".badge")).getText()).isEqualTo("laptop farm");

        new Select(browser.findElement(By.id("verdict-filter"))).selectByValue("ok");
        waitUpTo(5).until(d -> d.findElements(By.cssSelector("#devices tbody tr")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("#devices tbody tr")).getAttribute("data-device-id"))
                .isEqualTo("lap-ok");
        new Select(browser.findElement(By.id("verdict-filter"))).selectByValue("");
        waitUpTo(5).until(d -> d.findElements(By.cssSelector("#devices tbody tr")).size() == 2);

        browser.findElement(By.cssSelector("#devices tbody tr[data-device-id='lap-farm']")).click();
        WebElement detail = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        assertThat(detail.findElement(By.id("detail-findings")).getText())
                .contains("PiKVM USB gadget attached", "ip_kvm.usb_identity", "1d6b:0104");

        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "dashboard.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
