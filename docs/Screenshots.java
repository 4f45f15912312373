import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the README's screenshots of a running orderkeep with demo data: the buyer's pages at a phone's width, the
 * merchant's and the platform's desks at a laptop's. Run by docs/screenshots.sh, which starts the service.
 */
public class Screenshots {

	private static final Dimension PHONE = new Dimension(414, 1100);
	private static final Dimension LAPTOP = new Dimension(1280, 1000);

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path out = Path.of(args[1]);
		Files.createDirectories(out);
		Path profile = Files.createTempDirectory("orderkeep-screenshots-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		try {
			driver.manage().window().setSize(PHONE);
			driver.get(base + "/?lang=zh");
			shoot(driver, out, "marketplace");
			driver.findElement(By.cssSelector("a[href^='/products/']")).click();
			shoot(driver, out, "product");

			signIn(driver, base, "xiaoming", "demo1234");
			driver.get(base + "/orders");
			shoot(driver, out, "my-orders");
			List<WebElement> orders = driver.findElements(By.cssSelector("a[href^='/orders/']"));
			orders.get(orders.size() - 1).click();
			shoot(driver, out, "order");
			driver.get(base + "/orders?lang=en");
			shoot(driver, out, "my-orders-en");
			driver.get(base + "/notifications?lang=zh");
			shoot(driver, out, "inbox");

			driver.manage().window().setSize(LAPTOP);
			signIn(driver, base, "guoyuan", "demo1234");
			driver.get(base + "/merchant");
			shoot(driver, out, "merchant-desk");
			driver.get(base + "/merchant/flash-sales");
			if (driver.findElements(By.cssSelector(".flash-sale")).isEmpty()) {
				driver.findElement(By.name("price")).sendKeys("0.99");
				driver.findElement(By.name("stock")).sendKeys("5");
				driver.findElement(By.cssSelector("#new-sale button")).click();
				driver.get(base + "/merchant/flash-sales");
			}
			shoot(driver, out, "flash-sales");

			signIn(driver, base, "admin", "admin");
			driver.manage().window().setSize(new Dimension(1280, 1400));
			driver.get(base + "/admin");
			new WebDriverWait(driver, Duration.ofSeconds(10))
				.until(d -> !d.findElements(By.cssSelector("#chart-orders-by-day[data-drawn=true]")).isEmpty());
			shoot(driver, out, "platform-desk");
			driver.manage().window().setSize(LAPTOP);
			driver.get(base + "/admin/accounts");
			shoot(driver, out, "accounts");
		}
		finally {
			driver.quit();
		}
	}

	private static void signIn(ChromeDriver driver, String base, String username, String password) {
		driver.manage().deleteAllCookies();
		driver.get(base + "/login");
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type='submit'], form input[type='submit']")).click();
	}

	private static void shoot(ChromeDriver driver, Path out, String name) throws Exception {
		File shot = driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		System.out.println("saved " + out.resolve(name + ".png") + " of " + driver.getCurrentUrl());
	}
}
