package com.orderkeep.inventory.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.inventory.StockRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers inventory's refusals as problem details, wherever they surface (catalog's endpoints restock SKUs).
 */
@RestControllerAdvice
class StockRefusals {

	@ExceptionHandler(StockRefused.class)
	ResponseEntity<ProblemDetail> refused(StockRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	static ProblemCode code(StockRefused.Reason reason) {
		return switch (reason) {
			case NO_SUCH_SKU, NO_SUCH_SALE -> ProblemCode.NOT_FOUND;
			case NOT_ALLOWED -> ProblemCode.VALIDATION_FAILED;
			case NOT_ENOUGH_STOCK -> ProblemCode.OUT_OF_STOCK;
			case NOT_IN_GOOD_STANDING -> ProblemCode.FORBIDDEN;
		};
	}
}
