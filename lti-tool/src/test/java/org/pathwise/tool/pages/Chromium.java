package org.pathwise.tool.pages;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium for the page tests and the screenshots, with small helpers to fill forms. */
public final class Chromium implements AutoCloseable {

    public final ChromeDriver driver;
    public final WebDriverWait wait;

    public Chromium(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Types into the field whose label has this id (clearing it first). */
    public void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and, when the click loads another page, waits until the old one is gone. */
    public void click(By by) {
        WebElement old = driver.findElement(By.tagName("html"));
        // Chromium reports a node replaced between the lookup and the click this way, not as a stale element: a page
        // opened without the cookie may still be settling (its script strips the handle, or reopens the page with a
        // fresh one), so the lookup is repeated a few times before the error counts
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(by)).click();
                break;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 5
                        || e.getMessage() == null
                        || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old));
            wait.until(d -> "complete"
                    .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the click did not navigate (e.g. a checkbox)
        }
    }

    /** Clicks something that does not load a page (a checkbox, a script's button). */
    public void toggle(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public String h1() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")))
                .getText();
    }

    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
