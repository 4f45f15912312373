package com.orderkeep.notification.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.notification.NotificationRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers the notification module's refusals as problem details.
 */
@RestControllerAdvice
class NotificationRefusals {

	@ExceptionHandler(NotificationRefused.class)
	ResponseEntity<ProblemDetail> refused(NotificationRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	static ProblemCode code(NotificationRefused.Reason reason) {
		return switch (reason) {
			case NO_SUCH_NOTIFICATION -> ProblemCode.NOT_FOUND;
			case NOT_A_STREAM_POSITION -> ProblemCode.VALIDATION_FAILED;
		};
	}
}
