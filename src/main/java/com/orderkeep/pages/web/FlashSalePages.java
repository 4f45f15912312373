package com.orderkeep.pages.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.ProductStatus;
import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.inventory.FlashSaleManagement.NewFlashSale;
import com.orderkeep.inventory.FlashSaleView;
import com.orderkeep.shared.Caller;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The merchant's flash sales (限时抢购): carving one out of a SKU's stock, and watching each sale's sold and available
 * units as buyers take them (the page asks for the figures every two seconds). Times are typed in the market's time.
 */
@Controller
class FlashSalePages {

	private static final int SHOWN = 50;

	private final FlashSaleManagement sales;
	private final CatalogManagement catalog;
	private final Clock clock;

	FlashSalePages(FlashSaleManagement sales, CatalogManagement catalog, Clock clock) {
		this.sales = sales;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** A SKU the shop can put on sale, named as the merchant knows it. */
	public record SkuChoice(String skuId, String label, long priceFen, long available) {
	}

	/** What the page polls: each sale's units now, and whether it is upcoming, on or ended. */
	public record SaleFigures(String flashSaleId, long stock, long sold, long available, String state) {
	}

	/** A sale as the page lists it. */
	public record SaleRow(FlashSaleView sale, String skuLabel, String state) {
	}

	record NewSaleForm(@NotBlank @Size(max = 64) String skuId,
			@NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal price,
			@NotNull @Min(1) @Max(100_000_000) Long stock, @NotNull @Min(1) @Max(999) Integer perBuyerLimit,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt) {
	}

	@GetMapping("/merchant/flash-sales")
	String page(Caller merchant, Model model) {
		List<SkuChoice> skus = catalog.productsOf(merchant.shop(), SHOWN).stream()
			.filter(product -> product.status() == ProductStatus.LISTED)
			.flatMap(product -> product.skus().stream()
				.map(sku -> new SkuChoice(sku.skuId(), product.title() + " · " + sku.spec(), sku.priceFen(), sku.available())))
			.toList();
		ZonedDateTime now = clock.instant().atZone(PageFormat.MARKET_TIME).truncatedTo(ChronoUnit.MINUTES);
		model.addAttribute("skus", skus);
		Map<String, String> labels = new HashMap<>();
		skus.forEach(sku -> labels.put(sku.skuId(), sku.label()));
		model.addAttribute("sales", sales.salesOfMerchant(merchant.shop(), SHOWN).stream()
			.map(sale -> new SaleRow(sale, labels.getOrDefault(sale.skuId(), sale.skuId()), state(sale)))
			.toList());
		model.addAttribute("startsAt", now.toLocalDateTime());
		model.addAttribute("endsAt", now.plusHours(1).toLocalDateTime());
		return "flash-sales";
	}

	@PostMapping("/merchant/flash-sales")
	String create(Caller merchant, @Valid NewSaleForm form) {
		FlashSaleView sale = sales.create(merchant.shop(), new NewFlashSale(form.skuId(), MerchantForms.fen(form.price()),
				form.stock(), form.perBuyerLimit(), form.startsAt().atZone(PageFormat.MARKET_TIME).toInstant(),
				form.endsAt().atZone(PageFormat.MARKET_TIME).toInstant()));
		return "redirect:/merchant/flash-sales#sale-" + sale.flashSaleId();
	}

	@GetMapping(path = "/merchant/flash-sales/figures", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<SaleFigures> figures(Caller merchant) {
		return sales.salesOfMerchant(merchant.shop(), SHOWN).stream()
			.map(sale -> new SaleFigures(sale.flashSaleId(), sale.stock(), sale.sold(), sale.available(), state(sale)))
			.toList();
	}

	private String state(FlashSaleView sale) {
		Instant now = clock.instant();
		if (!"OPEN".equals(sale.status()) || !now.isBefore(sale.endsAt())) {
			return "ENDED";
		}
		return now.isBefore(sale.startsAt()) ? "UPCOMING" : "ON";
	}
}
