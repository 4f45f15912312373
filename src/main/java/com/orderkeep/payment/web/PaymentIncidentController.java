package com.orderkeep.payment.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.payment.PaymentManagement.IncidentPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Tag(name = "Platform")
class PaymentIncidentController {

	private final PaymentManagement payments;

	PaymentIncidentController(PaymentManagement payments) {
		this.payments = payments;
	}

	@GetMapping("/api/admin/payment-incidents")
	@Operation(summary = "Money that did not fit its order (wrong amount, a payment the order could no longer take, "
			+ "a reused gateway transaction id), newest first")
	IncidentPage incidents(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return payments.incidents(page, size);
	}
}
