package com.orderkeep.protection.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.protection.ProtectionRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers buyer protection's refusals as problem details.
 */
@RestControllerAdvice
class ProtectionRefusals {

	@ExceptionHandler(ProtectionRefused.class)
	ResponseEntity<ProblemDetail> refused(ProtectionRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	static ProblemCode code(ProtectionRefused.Reason reason) {
		return switch (reason) {
			case NOT_ALLOWED -> ProblemCode.VALIDATION_FAILED;
			case KEY_REUSED -> ProblemCode.IDEMPOTENCY_KEY_REUSED;
		};
	}
}
