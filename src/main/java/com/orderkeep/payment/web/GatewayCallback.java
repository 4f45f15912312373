package com.orderkeep.payment.web;

import com.orderkeep.ordering.OrderManagement;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of the gateway's callback, as the API description shows it. The endpoint reads the body as bytes, since
 * the signature covers them exactly, so without this the description would call it a string.
 */
@Schema(description = "A capture the gateway reports; signed in X-Signature")
record GatewayCallback(@Schema(minLength = 1, maxLength = 64) String gatewayTxnId,
		@Schema(minLength = 1, maxLength = 36) String orderId,
		@Schema(minimum = "1", maximum = "" + OrderManagement.MAX_TOTAL_FEN) Long amountFen,
		@Schema(minLength = 1, example = "SUCCESS") String status) {
}
