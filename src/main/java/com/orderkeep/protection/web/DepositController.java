package com.orderkeep.protection.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.protection.BuyerProtection.Deposit;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Merchant")
class DepositController {

	record TopUpRequest(@NotNull @Min(1) @Max(BuyerProtection.MAX_TOP_UP_FEN) Long amountFen) {
	}

	private final BuyerProtection protection;

	DepositController(BuyerProtection protection) {
		this.protection = protection;
	}

	@GetMapping("/api/merchant/deposit")
	@Operation(summary = "The shop's deposit (保证金), what it owes the platform for advances, and its latest postings")
	Deposit deposit(Caller merchant) {
		return protection.deposit(merchant.shop());
	}

	@PostMapping("/api/merchant/deposit/top-up")
	@Operation(summary = "Top the deposit up through the gateway; a debt to the platform is repaid first. A repeat of the key answers the deposit as it stood after the first")
	@Refuses(ProblemCode.IDEMPOTENCY_KEY_REUSED)
	Deposit topUp(Caller merchant,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 64) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey,
			@Valid @RequestBody TopUpRequest request) {
		return protection.topUp(merchant.shop(), idempotencyKey, request.amountFen()).deposit();
	}
}
