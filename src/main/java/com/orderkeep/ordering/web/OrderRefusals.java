package com.orderkeep.ordering.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.ordering.Placement;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers ordering's refusals as problem details, wherever they surface (payment's endpoints reach orders too).
 */
@RestControllerAdvice
class OrderRefusals {

	@ExceptionHandler(OrderRefused.class)
	ResponseEntity<ProblemDetail> refused(OrderRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	@ExceptionHandler(PlacementRefused.class)
	ResponseEntity<ProblemDetail> placementRefused(PlacementRefused refused) {
		return Problems.response(code(refused.refusal().reason()), refused.refusal().text(), null);
	}

	static ProblemCode code(Placement.Reason reason) {
		return switch (reason) {
			case SOLD_OUT -> ProblemCode.OUT_OF_STOCK;
			case NO_SUCH_SKU, NO_SUCH_FLASH_SALE, NO_SUCH_GROUP -> ProblemCode.NOT_FOUND;
			case DELISTED, SHOP_SUSPENDED -> ProblemCode.PRODUCT_DELISTED;
			case KEY_REUSED -> ProblemCode.IDEMPOTENCY_KEY_REUSED;
			case FLASH_SALE_NOT_OPEN -> ProblemCode.INVALID_STATE;
			case OVER_FLASH_SALE_LIMIT -> ProblemCode.LIMIT_EXCEEDED;
			case GROUP_BUY_NOT_OFFERED -> ProblemCode.GROUP_BUY_NOT_OFFERED;
			case GROUP_FULL -> ProblemCode.GROUP_FULL;
			case GROUP_CLOSED -> ProblemCode.GROUP_CLOSED;
		};
	}

	/** A placement's refusal on its way from the controller to its answer. */
	static class PlacementRefused extends RuntimeException {

		private final Placement.Refused refusal;

		PlacementRefused(Placement.Refused refusal) {
			super(refusal.reason().name(), null, false, false);
			this.refusal = refusal;
		}

		Placement.Refused refusal() {
			return refusal;
		}
	}

	static ProblemCode code(OrderRefused.Reason reason) {
		return switch (reason) {
			case NO_SUCH_ORDER -> ProblemCode.NOT_FOUND;
			case NOT_IN_THIS_STATUS -> ProblemCode.INVALID_STATE;
			case PAYMENT_UNDER_WAY -> ProblemCode.PAYMENT_IN_PROGRESS;
			case NOT_ALLOWED -> ProblemCode.VALIDATION_FAILED;
			case NOT_PLACED_NOW -> ProblemCode.UNAVAILABLE;
		};
	}
}
