package com.orderkeep.shared;

/**
 * The stable error codes of the HTTP contract, each with the status it is answered with.
 */
public enum ProblemCode {
	VALIDATION_FAILED(400),
	UNAUTHENTICATED(401),
	FORBIDDEN(403),
	NOT_FOUND(404),
	METHOD_NOT_ALLOWED(405),
	UNSUPPORTED_MEDIA_TYPE(415),
	CONFLICT(409),
	OUT_OF_STOCK(409),
	PRODUCT_DELISTED(409),
	INVALID_STATE(409),
	GROUP_FULL(409),
	IDEMPOTENCY_KEY_REUSED(409),
	LIMIT_EXCEEDED(409),
	RATE_LIMITED(429),
	UNAVAILABLE(503);

	private final int status;

	ProblemCode(int status) {
		this.status = status;
	}

	public int status() {
		return status;
	}
}
