package com.orderkeep.ordering.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderManagement.Page;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Tag(name = "Merchant")
class MerchantOrderController {

	private final OrderManagement orders;

	MerchantOrderController(OrderManagement orders) {
		this.orders = orders;
	}

	@GetMapping("/api/merchant/orders")
	@Operation(summary = "The merchant's orders, newest first")
	Page list(Caller merchant, @RequestParam(required = false) @Nullable OrderStatus status,
			@RequestParam(defaultValue = "false") boolean affectedByDelisting,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return orders.merchantOrders(merchant.shop(), status, affectedByDelisting, page, size);
	}

	@PostMapping("/api/merchant/orders/{orderId}/ship")
	@Operation(summary = "Ship a paid order")
	@Refuses(ProblemCode.INVALID_STATE)
	OrderView ship(Caller merchant, @PathVariable String orderId, @Valid @RequestBody OrderRequests.Ship ship) {
		return orders.ship(orderId, merchant, ship.carrier().strip(), ship.trackingNo());
	}

	@PostMapping("/api/merchant/orders/{orderId}/cancel")
	@Operation(summary = "Cancel with a reason; a paid order is refunded in full at once")
	@Refuses({ ProblemCode.INVALID_STATE, ProblemCode.PAYMENT_IN_PROGRESS })
	OrderView cancel(Caller merchant, @PathVariable String orderId, @Valid @RequestBody OrderRequests.MerchantCancel cancel) {
		return orders.cancelByMerchant(orderId, merchant, cancel.reasonCode(), cancel.note() == null ? "" : cancel.note().strip());
	}

}
