package com.orderkeep.ordering.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.ordering.OrderRefused;
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
