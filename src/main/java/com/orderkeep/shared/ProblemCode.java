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
	NOT_ACCEPTABLE(406),
	OUT_OF_STOCK(409),
	PRODUCT_DELISTED(409),
	INVALID_STATE(409),
	GROUP_FULL(409),
	GROUP_CLOSED(409),
	GROUP_BUY_NOT_OFFERED(409),
	IDEMPOTENCY_KEY_REUSED(409),
	LIMIT_EXCEEDED(409),
	USERNAME_TAKEN(409),
	SHOP_NAME_TAKEN(409),
	PAYMENT_IN_PROGRESS(409),
	PAYLOAD_TOO_LARGE(413),
	UNSUPPORTED_MEDIA_TYPE(415),
	RATE_LIMITED(429),
	INTERNAL_ERROR(500),
	UNAVAILABLE(503);

	private final int status;

	ProblemCode(int status) {
		this.status = status;
	}

	public int status() {
		return status;
	}
}
