package com.orderkeep.account.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderkeep.account.AccountRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Answers the account module's refusals as problem details, wherever they surface (opening a shop creates its
 * merchant's account).
 */
@RestControllerAdvice
class AccountRefusals {

	@ExceptionHandler(AccountRefused.class)
	ResponseEntity<ProblemDetail> refused(AccountRefused refused) {
		return Problems.response(code(refused.reason()), refused.text(), refused.retryAfter());
	}

	static ProblemCode code(AccountRefused.Reason reason) {
		return switch (reason) {
			case WRONG_CREDENTIALS, ACCOUNT_DISABLED -> ProblemCode.UNAUTHENTICATED;
			case TOO_MANY_FAILED_SIGN_INS -> ProblemCode.RATE_LIMITED;
			case NAME_NOT_ALLOWED -> ProblemCode.VALIDATION_FAILED;
			case USERNAME_TAKEN -> ProblemCode.USERNAME_TAKEN;
			case NO_SUCH_USER -> ProblemCode.NOT_FOUND;
			case NOT_FOR_THIS_ACCOUNT -> ProblemCode.INVALID_STATE;
		};
	}
}
