package com.orderkeep.pages.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.ProductView;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.shared.Caller;

/**
 * The marketplace: listed products with a search, a product's page, and ordering from it. The order form carries an
 * idempotency key made when the page was rendered, so a button clicked twice places one order.
 */
@Controller
class MarketPages {

	private static final int SHOWN = 60;

	private final CatalogManagement catalog;
	private final OrderManagement orders;
	private final ShopStanding standing;

	MarketPages(CatalogManagement catalog, OrderManagement orders, ShopStanding standing) {
		this.catalog = catalog;
		this.orders = orders;
		this.standing = standing;
	}

	@GetMapping("/")
	String market(@RequestParam(required = false) @Nullable String q, Model model) {
		String text = q == null ? "" : q.strip();
		List<ProductView> products = catalog.search(text.length() > 100 ? text.substring(0, 100) : text, SHOWN);
		model.addAttribute("q", text);
		model.addAttribute("products", products);
		return "market";
	}

	@GetMapping("/products/{productId}")
	String product(@PathVariable String productId, Model model) {
		ProductView product = catalog.product(productId);
		model.addAttribute("product", product);
		model.addAttribute("specs", product.skus().stream()
			.collect(Collectors.toMap(ProductView.SkuView::skuId, ProductView.SkuView::spec)));
		model.addAttribute("priceHistory", catalog.priceHistory(productId));
		model.addAttribute("orderKey", UUID.randomUUID().toString());
		model.addAttribute("reputation", standing.of(product.merchantId()));
		model.addAttribute("alternatives", standing.alternativesTo(productId));
		return "product";
	}

	@PostMapping("/products/{productId}/order")
	String order(@PathVariable String productId, Caller buyer, @RequestParam String skuId,
			@RequestParam(defaultValue = "1") String quantity, @RequestParam String idempotencyKey,
			RedirectAttributes redirect) {
		int units = units(quantity);
		if (units < 1 || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
			redirect.addFlashAttribute("problem", "product.quantity.rule");
			return "redirect:/products/" + productId;
		}
		Placement placement = orders.place(new PlaceOrder(buyer.userId(), idempotencyKey, skuId, units, null, null, false));
		if (placement instanceof Placement.Placed placed) {
			return "redirect:/orders/" + placed.order().orderId();
		}
		redirect.addFlashAttribute("refusal", ((Placement.Refused) placement).text());
		return "redirect:/products/" + productId;
	}

	private static int units(String quantity) {
		try {
			int units = Integer.parseInt(quantity.strip());
			return units <= OrderManagement.MAX_QUANTITY ? units : -1;
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}
}
