package com.orderkeep.protection.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.protection.BuyerProtection.ClaimAnswer;
import com.orderkeep.protection.BuyerProtection.PriceClaim;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Orders")
class PriceProtectionController {

	private final BuyerProtection protection;

	PriceProtectionController(BuyerProtection protection) {
		this.protection = protection;
	}

	@PostMapping("/api/orders/{orderId}/price-protection")
	@Operation(summary = "Claim price protection (价保): the difference, when the same SKU sold for less within 7 days after payment; a claim that does not hold is REFUSED with its reason")
	@ApiResponse(responseCode = "201", description = "The claim was decided: GRANTED with its amount, or REFUSED with its reason")
	@ApiResponse(responseCode = "200", description = "A repeat of an Idempotency-Key: the first decision")
	@Refuses({ ProblemCode.NOT_FOUND, ProblemCode.IDEMPOTENCY_KEY_REUSED })
	ResponseEntity<PriceClaim> claim(Caller buyer, @PathVariable String orderId,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 64) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey) {
		ClaimAnswer answer = protection.claimPriceProtection(orderId, buyer, idempotencyKey);
		return ResponseEntity.status(answer.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(answer.claim());
	}
}
