package com.orderkeep.pages.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.catalog.CatalogManagement.NewProduct;
import com.orderkeep.catalog.CatalogManagement.NewSku;
import com.orderkeep.catalog.DelistReason;
import com.orderkeep.shared.CleanText;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the merchant's desk sends. Prices are typed in yuan, as people write them, and become fen here: at most two
 * decimals, from ¥0.01 to ¥10,000,000, like the API's.
 */
final class MerchantForms {

	private MerchantForms() {
	}

	static long fen(BigDecimal yuan) {
		return yuan.movePointRight(2).longValueExact();
	}

	record NewProductForm(@NotBlank @Size(max = 120) @CleanText String title,
			@NotBlank @Size(max = 40) @CleanText String category,
			@Size(max = 2000) @CleanText(multiline = true) @Nullable String description,
			@NotBlank @Size(max = 64) @CleanText String spec, @NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal price,
			@NotNull @Min(0) @Max(100_000_000) Long stock) {

		NewProduct toNewProduct() {
			return new NewProduct(title.strip(), category.strip(), description == null ? "" : description.strip(),
					List.of(new NewSku(spec.strip(), fen(price), stock)));
		}
	}

	record DelistForm(@NotNull DelistReason reasonCode, @Size(max = 500) @CleanText(multiline = true) @Nullable String note) {
	}

	record PriceForm(@NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal price) {
	}

	record RestockForm(@NotNull @Min(1) @Max(100_000_000) Long quantity) {
	}

	record TopUpForm(@NotNull @DecimalMin("0.01") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal amount,
			@NotBlank @Size(max = 64) String idempotencyKey) {
	}
}
