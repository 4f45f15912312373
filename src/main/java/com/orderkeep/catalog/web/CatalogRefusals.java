package com.orderkeep.catalog.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.catalog.CatalogRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers the catalog's refusals as problem details.
 */
@RestControllerAdvice
class CatalogRefusals {

	@ExceptionHandler(CatalogRefused.class)
	ResponseEntity<ProblemDetail> refused(CatalogRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	static ProblemCode code(CatalogRefused.Reason reason) {
		return switch (reason) {
			case NO_SUCH_THING -> ProblemCode.NOT_FOUND;
			case NOT_IN_THIS_STATUS -> ProblemCode.INVALID_STATE;
			case NOT_ALLOWED -> ProblemCode.VALIDATION_FAILED;
			case SHOP_NAME_TAKEN -> ProblemCode.SHOP_NAME_TAKEN;
		};
	}
}
