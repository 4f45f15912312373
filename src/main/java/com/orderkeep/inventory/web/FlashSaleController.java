package com.orderkeep.inventory.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.inventory.FlashSaleManagement;
import com.orderkeep.inventory.FlashSaleManagement.NewFlashSale;
import com.orderkeep.inventory.FlashSaleView;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Flash sales")
class FlashSaleController {

	private final FlashSaleManagement sales;

	FlashSaleController(FlashSaleManagement sales) {
		this.sales = sales;
	}

	record CreateFlashSale(@NotBlank @Size(max = 64) String skuId, @NotNull @Min(1) @Max(1_000_000_000L) Long priceFen,
			@NotNull @Min(1) @Max(100_000_000L) Long stock, @NotNull @Min(1) @Max(999) Integer perBuyerLimit,
			@NotNull Instant startsAt, @NotNull Instant endsAt) {
	}

	@PostMapping("/api/merchant/flash-sales")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Carve a flash sale out of a SKU's stock, at a sale price, for a window, with a per-buyer limit")
	@Refuses({ ProblemCode.NOT_FOUND, ProblemCode.OUT_OF_STOCK, ProblemCode.FORBIDDEN })
	FlashSaleView create(Caller merchant, @Valid @RequestBody CreateFlashSale sale) {
		return sales.create(merchant.shop(), new NewFlashSale(sale.skuId(), sale.priceFen(), sale.stock(),
				sale.perBuyerLimit(), sale.startsAt(), sale.endsAt()));
	}

	@GetMapping("/api/flash-sales/{flashSaleId}")
	@Operation(summary = "A flash sale: stock = sold + available at every moment")
	FlashSaleView sale(@PathVariable String flashSaleId) {
		return sales.sale(flashSaleId);
	}
}
