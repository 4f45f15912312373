package com.orderkeep.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through Debian's chromedriver: both are named by path, so nothing is downloaded
 * at run time (Selenium Manager never runs). One browser serves a whole test class, with a profile of its own.
 */
public final class Browser implements AutoCloseable {

	public static final String CHROMIUM = "/usr/bin/chromium";
	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private final String base;
	private final Path profile;
	private final ChromeDriver driver;

	private Browser(String base) {
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
					+ "(apt-get install chromium chromium-driver; .ci/run installs them)");
		}
		this.base = base;
		try {
			this.profile = Files.createTempDirectory("orderkeep-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=414,896", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	public static Browser on(int port) {
		return new Browser("http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public String base() {
		return base;
	}

	public void open(String path) {
		driver.get(base + path);
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public boolean has(String css) {
		return !driver.findElements(By.cssSelector(css)).isEmpty();
	}

	public String text(String css) {
		return find(css).getText();
	}

	/**
	 * Waits until the condition gives a value (not null, not false), trying again when the page it read was replaced
	 * meanwhile: pages that follow a change reload by themselves, and an element read just before is then stale.
	 */
	public <T> T until(Duration patience, Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, patience).ignoring(StaleElementReferenceException.class).until(condition);
	}

	/**
	 * Reloads the page until the condition holds, for what a page shows only after a commit it does not follow live (a
	 * deadline's, a listener's); fails after 30 s with what the page shows.
	 */
	public void awaitOnReload(BooleanSupplier condition) {
		Instant giveUp = Instant.now().plusSeconds(30);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("Not shown in 30 s; the page shows:\n" + driver.findElement(By.tagName("body")).getText());
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			driver.navigate().refresh();
		}
	}

	public WebElement await(String css) {
		try {
			return until(Duration.ofSeconds(15), ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
		}
		catch (TimeoutException notThere) {
			throw new AssertionError("No " + css + " on " + driver.getCurrentUrl() + ", which shows:\n"
					+ driver.findElement(By.tagName("body")).getText(), notThere);
		}
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	/** Signs up a new buyer from the sign-up page; answers the username, whose password is {@code secret-} and it. */
	public String signUp() {
		open("/signup");
		return signUpHere();
	}

	/** Signs up a new buyer with the sign-up form the browser shows now; answers the username. */
	public String signUpHere() {
		String name = "web-" + UUID.randomUUID().toString().substring(0, 10);
		find("input[name=username]").sendKeys(name);
		find("input[name=password]").sendKeys("secret-" + name);
		find("#signup-submit").click();
		await("#nav-logout");
		return name;
	}

	public void signIn(String username, String password) {
		open("/login");
		find("input[name=username]").sendKeys(username);
		find("input[name=password]").sendKeys(password);
		find("#login-submit").click();
		await("#nav-logout");
	}

	/** Orders one unit from the product's page and pays; answers the order page's path. */
	public String orderAndPay(String productId) {
		open("/products/" + productId);
		find("#order-button").click();
		await("#pay").click();
		assertThat(await("#order-status").getText()).isEqualTo("待发货");
		return path();
	}

	/** Forgets who was signed in and the language chosen: the next test starts as a new visitor. */
	public void forget() {
		open("/login");
		driver.manage().deleteAllCookies();
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ignored) {
				// a temporary profile left behind is harmless
			}
		}
	}
}
