package com.orderkeep.ordering.web;

import org.jspecify.annotations.Nullable;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.shared.CleanText;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies buyers and merchants send about orders.
 */
final class OrderRequests {

	private OrderRequests() {
	}

	record Place(@NotBlank @Size(max = 64) String skuId, @NotNull @Min(1) @Max(OrderManagement.MAX_QUANTITY) Integer quantity,
			@Size(min = 1, max = 64) @Nullable String flashSaleId, @Size(min = 1, max = 64) @Nullable String groupId,
			@Nullable Boolean startGroup) {
	}

	/** The reasons a buyer may give ({@link CancelReason#mayBeGivenBy}); any other is refused with 400. */
	record BuyerCancel(
			@Schema(implementation = String.class, allowableValues = { "CHANGED_MIND", "ORDERED_BY_MISTAKE", "OTHER" },
					description = "Defaults to CHANGED_MIND") @Nullable CancelReason reasonCode) {
	}

	/** The reasons a merchant may give ({@link CancelReason#mayBeGivenBy}); any other is refused with 400. */
	record MerchantCancel(
			@Schema(implementation = String.class, allowableValues = { "OUT_OF_STOCK", "PRICE_ADJUSTMENT", "QUALITY_ISSUE",
					"OTHER" }) @NotNull CancelReason reasonCode,
			@Size(max = 500) @CleanText(multiline = true) @Nullable String note) {
	}

	record Ship(@NotBlank @Size(max = 40) @CleanText String carrier,
			@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "{orderkeep.tracking-no.pattern}") String trackingNo) {
	}
}
