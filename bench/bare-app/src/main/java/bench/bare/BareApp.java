package bench.bare;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Why this exists: the honest ceiling of the framework on this machine. bench/http-hot-sku.sh measures it with the
 * same wrk settings as orderkeep, in the same run, so that orderkeep's per-request cost is read as a ratio to what
 * Spring Boot (Tomcat, MVC, Jackson, actuator) does with no security, validation or database at all.
 * Answers of roughly the shape of orderkeep's product and order views, built per request.
 */
@SpringBootApplication
@RestController
public class BareApp {

	record Sku(String skuId, long priceFen, long available) {
	}

	record Product(String productId, String title, long priceFen, String status, List<Sku> skus) {
	}

	record PlaceOrder(String skuId, int quantity) {
	}

	record Order(String orderId, String skuId, int quantity, String status) {
	}

	private final AtomicLong orders = new AtomicLong();

	@GetMapping("/products/{id}")
	Product product(@PathVariable String id) {
		return new Product(id, "Product " + id, 1990, "LISTED", List.of(new Sku(id + "-sku1", 1990, 50_000_000)));
	}

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	Order place(@RequestBody PlaceOrder order) {
		return new Order("o-" + orders.incrementAndGet(), order.skuId(), order.quantity(), "PENDING_PAYMENT");
	}

	public static void main(String[] args) {
		SpringApplication.run(BareApp.class, args);
	}
}
