package com.orderkeep.reputation.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.reputation.MerchantReputation;
import com.orderkeep.reputation.MerchantReputation.NewReview;
import com.orderkeep.reputation.MerchantReputation.Review;
import com.orderkeep.reputation.Reputation;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.CleanText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Reputation")
class ReputationController {

	private final MerchantReputation reputation;

	ReputationController(MerchantReputation reputation) {
		this.reputation = reputation;
	}

	record ReviewRequest(@NotNull @Min(1) @Max(5) Integer description, @NotNull @Min(1) @Max(5) Integer service,
			@NotNull @Min(1) @Max(5) Integer logistics, @Size(max = 500) @CleanText @Nullable String text) {
	}

	@GetMapping("/api/merchants/{merchantId}/reputation")
	@Operation(summary = "A merchant's 0–100 reputation score and grade, each component with its weight and the numbers behind it, and warnings for buyers")
	@Refuses(ProblemCode.NOT_FOUND)
	Reputation reputation(@PathVariable String merchantId) {
		return reputation.reputation(merchantId);
	}

	@PostMapping("/api/orders/{orderId}/review")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Review a completed order of one's own, once, within the review window: description, service and logistics, 1–5 each")
	@Refuses({ ProblemCode.NOT_FOUND, ProblemCode.INVALID_STATE })
	Review review(Caller buyer, @PathVariable String orderId, @Valid @RequestBody ReviewRequest request) {
		String text = request.text() == null ? "" : request.text().strip();
		return reputation.review(orderId, buyer,
				new NewReview(request.description(), request.service(), request.logistics(), text));
	}
}
