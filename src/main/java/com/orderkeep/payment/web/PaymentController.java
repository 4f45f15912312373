package com.orderkeep.payment.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.ordering.OrderView;
import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Payments")
class PaymentController {

	private final PaymentManagement payments;

	PaymentController(PaymentManagement payments) {
		this.payments = payments;
	}

	@PostMapping("/api/orders/{orderId}/pay")
	@Operation(summary = "Pay an order awaiting payment; the simulated gateway captures and calls back at once")
	@Refuses({ ProblemCode.INVALID_STATE, ProblemCode.PAYMENT_IN_PROGRESS })
	OrderView pay(Caller buyer, @PathVariable String orderId) {
		return payments.pay(orderId, buyer);
	}

	@PostMapping(path = "/api/payments/callback", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The gateway's signed callback (X-Signature: HMAC-SHA256 of the raw body, lower-case hex)")
	@Refuses({ ProblemCode.NOT_FOUND, ProblemCode.INVALID_STATE })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GatewayCallback.class)))
	Map<String, String> callback(@RequestBody byte[] rawBody,
			@RequestHeader(name = "X-Signature", required = false) @Nullable String signature) {
		return Map.of("outcome", payments.receiveCallback(rawBody, signature == null ? "" : signature).name());
	}
}
