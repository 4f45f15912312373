package com.orderkeep.catalog.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.CatalogManagement.NewProduct;
import com.orderkeep.catalog.CatalogManagement.NewSku;
import com.orderkeep.catalog.CatalogManagement.SkuChange;
import com.orderkeep.catalog.DelistReason;

import com.orderkeep.shared.CleanText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The bodies merchants send to list and manage products. Prices are fen, from 1 fen to ¥10,000,000.
 */
final class ProductRequests {

	static final long MAX_STOCK = 100_000_000L;

	private ProductRequests() {
	}

	record CreateProduct(@NotBlank @Size(max = 120) @CleanText String title, @NotBlank @Size(max = 40) @CleanText String category,
			@Size(max = 2000) @CleanText(multiline = true) @Nullable String description, @NotEmpty @Size(max = 50) List<@Valid @NotNull Sku> skus) {

		NewProduct toNewProduct() {
			return new NewProduct(title.strip(), category.strip(), description == null ? "" : description.strip(),
					skus.stream().map(s -> new NewSku(s.spec().strip(), s.priceFen(), s.stock())).toList());
		}
	}

	record Sku(@NotBlank @Size(max = 64) @CleanText String spec, @NotNull @Min(1) @Max(CatalogManagement.MAX_PRICE_FEN) Long priceFen,
			@NotNull @Min(0) @Max(MAX_STOCK) Long stock) {
	}

	record Delist(@NotNull DelistReason reasonCode, @Size(max = 500) @CleanText(multiline = true) @Nullable String note) {
	}

	record Relist(@Size(max = 50) @Nullable List<@Valid @NotNull SkuUpdate> skus) {

		List<SkuChange> changes() {
			return skus == null ? List.of()
					: skus.stream().map(s -> new SkuChange(s.skuId(), s.priceFen(), s.stock())).toList();
		}
	}

	record SkuUpdate(@NotBlank @Size(max = 36) String skuId, @Min(1) @Max(CatalogManagement.MAX_PRICE_FEN) @Nullable Long priceFen,
			@Min(0) @Max(MAX_STOCK) @Nullable Long stock) {
	}

	record Restock(@NotNull @Min(1) @Max(MAX_STOCK) Long quantity) {
	}

	record SkuPatch(@NotNull @Min(1) @Max(CatalogManagement.MAX_PRICE_FEN) Long priceFen) {
	}

	record Ban(@NotBlank @Size(max = 500) @CleanText(multiline = true) String violation) {
	}

}
