package com.orderkeep.catalog.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.ProductView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Catalog")
class ProductController {

	private final CatalogManagement catalog;

	ProductController(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/api/products/{productId}")
	@Operation(summary = "A product with its SKUs, live availability and public status history")
	ProductView product(@PathVariable String productId) {
		return catalog.product(productId);
	}

	@GetMapping("/api/products/{productId}/price-history")
	@Operation(summary = "Every price each SKU of the product has had, each SKU's oldest first; the current one has no end")
	PriceHistory priceHistory(@PathVariable String productId) {
		return new PriceHistory(catalog.priceHistory(productId));
	}

	record PriceHistory(List<CatalogManagement.PricePeriod> items) {
	}

	@GetMapping("/api/products")
	@Operation(summary = "Listed products matching a text")
	Map<String, List<ProductView>> search(@RequestParam(defaultValue = "") @Size(max = 100) String q,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return Map.of("items", catalog.search(q.strip(), limit));
	}
}
