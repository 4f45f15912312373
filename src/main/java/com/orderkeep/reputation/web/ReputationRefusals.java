package com.orderkeep.reputation.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.reputation.ReputationRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers reputation's refusals as problem details.
 */
@RestControllerAdvice
class ReputationRefusals {

	@ExceptionHandler(ReputationRefused.class)
	ResponseEntity<ProblemDetail> refused(ReputationRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	static ProblemCode code(ReputationRefused.Reason reason) {
		return switch (reason) {
			case NO_SUCH_MERCHANT -> ProblemCode.NOT_FOUND;
			case NOT_REVIEWABLE -> ProblemCode.INVALID_STATE;
		};
	}
}
