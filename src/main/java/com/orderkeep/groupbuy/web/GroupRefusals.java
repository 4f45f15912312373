package com.orderkeep.groupbuy.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.groupbuy.GroupRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers group buy's refusals as problem details.
 */
@RestControllerAdvice
class GroupRefusals {

	@ExceptionHandler(GroupRefused.class)
	ResponseEntity<ProblemDetail> refused(GroupRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	static ProblemCode code(GroupRefused.Reason reason) {
		return switch (reason) {
			case NO_SUCH_GROUP -> ProblemCode.NOT_FOUND;
			case GROUP_CLOSED -> ProblemCode.GROUP_CLOSED;
			case NO_PAID_MEMBER -> ProblemCode.INVALID_STATE;
		};
	}
}
