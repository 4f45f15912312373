package com.orderkeep.ordering.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderManagement.Page;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Orders")
class OrderController {

	private final OrderManagement orders;

	OrderController(OrderManagement orders) {
		this.orders = orders;
	}

	@PostMapping("/api/orders")
	@Operation(summary = "Place an order: 201 for a new one, 200 with the same order for a repeat of the same key")
	@ApiResponse(responseCode = "201", description = "The order was placed and committed")
	@ApiResponse(responseCode = "200", description = "A repeat of an Idempotency-Key with the same body: the order it placed")
	@Refuses({ ProblemCode.NOT_FOUND, ProblemCode.OUT_OF_STOCK, ProblemCode.PRODUCT_DELISTED, ProblemCode.INVALID_STATE,
			ProblemCode.GROUP_BUY_NOT_OFFERED, ProblemCode.GROUP_FULL, ProblemCode.GROUP_CLOSED,
			ProblemCode.IDEMPOTENCY_KEY_REUSED, ProblemCode.LIMIT_EXCEEDED, ProblemCode.RATE_LIMITED })
	ResponseEntity<OrderView> place(Caller buyer,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 64) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey,
			@Valid @RequestBody OrderRequests.Place request) {
		Placement placement = orders.place(new PlaceOrder(buyer.userId(), idempotencyKey, request.skuId(),
				request.quantity(), request.flashSaleId(), request.groupId(), Boolean.TRUE.equals(request.startGroup())));
		if (placement instanceof Placement.Placed placed) {
			return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(placed.order());
		}
		throw new OrderRefusals.PlacementRefused((Placement.Refused) placement);
	}

	@GetMapping("/api/orders")
	@Operation(summary = "The buyer's orders, newest first: every order ever acknowledged, cancelled ones included")
	Page list(Caller buyer, @RequestParam(required = false) @Nullable OrderStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return orders.buyerOrders(buyer.userId(), status, page, size);
	}

	@GetMapping("/api/orders/{orderId}")
	@Operation(summary = "An order with its snapshot, payment, deadlines and timeline")
	OrderView order(Caller caller, @PathVariable String orderId) {
		return orders.order(orderId, caller);
	}

	@PostMapping("/api/orders/{orderId}/cancel")
	@Operation(summary = "Cancel before shipping; a paid order is refunded in full")
	@Refuses({ ProblemCode.INVALID_STATE, ProblemCode.PAYMENT_IN_PROGRESS })
	OrderView cancel(Caller buyer, @PathVariable String orderId,
			@Valid @RequestBody(required = false) OrderRequests.@Nullable BuyerCancel request) {
		CancelReason reason = request == null || request.reasonCode() == null ? CancelReason.CHANGED_MIND : request.reasonCode();
		return orders.cancelByBuyer(orderId, buyer, reason);
	}

	@PostMapping("/api/orders/{orderId}/confirm-receipt")
	@Operation(summary = "Confirm the goods arrived; the order completes")
	@Refuses(ProblemCode.INVALID_STATE)
	OrderView confirmReceipt(Caller buyer, @PathVariable String orderId) {
		return orders.confirmReceipt(orderId, buyer);
	}
}
