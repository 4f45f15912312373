package com.orderkeep.catalog.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.CatalogManagement.NewProduct;
import com.orderkeep.catalog.CatalogManagement.NewSku;
import com.orderkeep.catalog.CatalogManagement.SkuChange;
import com.orderkeep.catalog.CatalogManagement.SkuTerms;
import com.orderkeep.catalog.CatalogRefused;
import com.orderkeep.catalog.DelistReason;
import com.orderkeep.shared.LocalizedText;

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
					skus.stream().map(s -> new NewSku(s.spec().strip(), s.priceFen(), s.stock(), s.groupSize(), s.groupPriceFen()))
						.toList());
		}
	}

	/** {@code groupSize} (2–10) and {@code groupPriceFen} (below {@code priceFen}) together offer group buy. */
	record Sku(@NotBlank @Size(max = 64) @CleanText String spec, @NotNull @Min(1) @Max(CatalogManagement.MAX_PRICE_FEN) Long priceFen,
			@NotNull @Min(0) @Max(MAX_STOCK) Long stock,
			@Min(CatalogManagement.MIN_GROUP_SIZE) @Max(CatalogManagement.MAX_GROUP_SIZE) @Nullable Integer groupSize,
			@Min(1) @Max(CatalogManagement.MAX_PRICE_FEN) @Nullable Long groupPriceFen) {
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

	/** Each field where given; at least one. */
	record SkuPatch(@Min(1) @Max(CatalogManagement.MAX_PRICE_FEN) @Nullable Long priceFen,
			@Min(CatalogManagement.MIN_GROUP_SIZE) @Max(CatalogManagement.MAX_GROUP_SIZE) @Nullable Integer groupSize,
			@Min(1) @Max(CatalogManagement.MAX_PRICE_FEN) @Nullable Long groupPriceFen) {

		SkuTerms terms() {
			if (priceFen == null && groupSize == null && groupPriceFen == null) {
				throw new CatalogRefused(CatalogRefused.Reason.NOT_ALLOWED, new LocalizedText(
						"请至少给出 priceFen、groupSize 或 groupPriceFen 之一", "Give priceFen, groupSize or groupPriceFen"));
			}
			return new SkuTerms(priceFen, groupSize, groupPriceFen);
		}
	}

	record Ban(@NotBlank @Size(max = 500) @CleanText(multiline = true) String violation) {
	}

}
