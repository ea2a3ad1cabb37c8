package org.sourceledger.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourceledger.support.EmbeddedPostgresResource;

/**
 * A fact-checker's path through Swagger UI, in a real headless Chromium: without a key "Try it out" answers 401;
 * after Authorize with a FACTCHECKER key, record a DECLINED_TO_COMMENT claim, see the 201, then read the claim back. Uses Debian's chromium and chromium-driver; skipped, with a
 * message, where they are not installed (.ci/run installs them).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SwaggerUiBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Swagger UI browser test skipped: no Chromium here. Install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver) to run it; .ci/run does.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,2000",
                "--user-data-dir=" + Files.createTempDirectory("swagger-ui-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void createsADeclinedToCommentClaimWithTryItOutAndReadsItBack() throws Exception {
        String factCheckerKey = org.sourceledger.support.Keys.issue("FACTCHECKER");
        browser.get(swaggerUi.toString());

        WebElement create = openOperation("operations-Claims-createClaim");
        WebElement body = create.findElement(By.cssSelector("textarea.body-param__text"));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys("{\"statement\": \"The ferry operator declined to comment on the timetable cuts.\", "
                + "\"sourcing_level\": \"DECLINED_TO_COMMENT\", "
                + "\"attribution\": {\"source_organization\": \"Harbour Ferries\"}}");
        JsonNode refused = execute(create, "401");
        assertEquals(
                "urn:sourceledger:problem:unauthorized", refused.get("type").asText());

        authorize(factCheckerKey);
        JsonNode created = execute(create, "201");
        assertEquals("DECLINED_TO_COMMENT", created.get("sourcing_level").asText());
        String claimId = created.get("id").asText();

        WebElement read = openOperation("operations-Claims-getClaim");
        WebElement idInput = read.findElement(By.cssSelector("tr[data-param-name='claim_id'] input"));
        idInput.sendKeys(claimId);
        JsonNode fetched = execute(read, "200");
        assertEquals(claimId, fetched.get("id").asText());
        assertEquals(
                "The ferry operator declined to comment on the timetable cuts.",
                fetched.get("statement").asText());
        assertEquals(
                "Harbour Ferries",
                fetched.at("/attribution/source_organization").asText());
    }

    /** The Authorize button: paste the key into the bearer scheme's dialog, confirm, close. */
    private void authorize(String key) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize")))
                .click();
        WebElement input = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .auth-container input")));
        input.sendKeys(key);
        browser.findElement(By.cssSelector(".dialog-ux .auth-btn-wrapper button.authorize"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dialog-ux button.btn-done")))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));
    }

    /** Expands an operation and presses "Try it out". */
    private WebElement openOperation(String elementId) {
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(elementId)));
        WebElement summary = operation.findElement(By.cssSelector(".opblock-summary"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        WebElement tryItOut = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#" + elementId + " button.try-out__btn")));
        tryItOut.click();
        return browser.findElement(By.id(elementId));
    }

    /** Presses Execute and returns the JSON body of the live response, after checking its status. */
    private JsonNode execute(WebElement operation, String expectedStatus) throws Exception {
        String id = operation.getAttribute("id");
        var clear = browser.findElements(By.cssSelector("#" + id + " button.btn-clear"));
        if (!clear.isEmpty()) {
            // The previous answer is still shown; clear it so that the next one is the one read.
            clear.get(0).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("#" + id + " .live-responses-table")));
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " button.execute")))
                .click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + id + " .live-responses-table .response .response-col_status")));
        assertTrue(status.getText().startsWith(expectedStatus), "Swagger UI showed status " + status.getText());
        WebElement responseBody = browser.findElement(
                By.cssSelector("#" + id + " .live-responses-table .response .response-col_description pre"));
        return JSON.readTree(responseBody.getText());
    }
}
