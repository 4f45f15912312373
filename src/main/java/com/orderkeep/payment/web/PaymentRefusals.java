package com.orderkeep.payment.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.payment.PaymentRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers the payment module's refusals as problem details.
 */
@RestControllerAdvice
class PaymentRefusals {

	@ExceptionHandler(PaymentRefused.class)
	ResponseEntity<ProblemDetail> refused(PaymentRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	static ProblemCode code(PaymentRefused.Reason reason) {
		return switch (reason) {
			case NOT_SIGNED_BY_THE_GATEWAY -> ProblemCode.UNAUTHENTICATED;
			case NOT_A_CALLBACK -> ProblemCode.VALIDATION_FAILED;
		};
	}
}
