package com.orderkeep.alternatives.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.alternatives.Alternative;
import com.orderkeep.alternatives.AlternativeSearch;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Tag(name = "Alternatives")
class AlternativesController {

	private final AlternativeSearch search;

	AlternativesController(AlternativeSearch search) {
		this.search = search;
	}

	record Alternatives(List<Alternative> items) {
	}

	@GetMapping("/api/products/{productId}/alternatives")
	@Operation(summary = "Listed, in-stock products of the same kind from other merchants, best first, each with why it is offered")
	@Refuses(ProblemCode.NOT_FOUND)
	Alternatives forProduct(@PathVariable String productId,
			@RequestParam(defaultValue = "5") @Min(1) @Max(AlternativeSearch.MAX_LIMIT) int limit) {
		return new Alternatives(search.forProduct(productId, limit));
	}

	@GetMapping("/api/orders/{orderId}/alternatives")
	@Operation(summary = "Where else to buy what the buyer ordered: same kind, other merchants, listed and in stock, those at or below the price paid first")
	@Refuses(ProblemCode.NOT_FOUND)
	Alternatives forOrder(Caller buyer, @PathVariable String orderId,
			@RequestParam(defaultValue = "5") @Min(1) @Max(AlternativeSearch.MAX_LIMIT) int limit) {
		return new Alternatives(search.forOrder(orderId, buyer, limit));
	}
}
