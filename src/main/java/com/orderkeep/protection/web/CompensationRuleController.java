package com.orderkeep.protection.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.protection.RuleVersion;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@RestController
@Tag(name = "Platform")
class CompensationRuleController {

	/** A rule may pay at most a hundred times what was paid (假一赔十 is ten times). */
	static final int MAX_PERCENT = 10_000;

	record Rules(List<RuleVersion> items) {
	}

	record NewVersion(@NotNull RuleCode ruleCode, @NotNull @Min(0) @Max(MAX_PERCENT) Integer percent,
			@NotNull @Min(0) @Max(OrderManagement.MAX_TOTAL_FEN) Long minFen,
			@Min(0) @Max(OrderManagement.MAX_TOTAL_FEN) @Nullable Long maxFen, @Nullable Instant effectiveFrom) {
	}

	private final BuyerProtection protection;

	CompensationRuleController(BuyerProtection protection) {
		this.protection = protection;
	}

	@GetMapping("/api/admin/compensation-rules")
	@Operation(summary = "Every version of every compensation rule")
	Rules rules() {
		return new Rules(protection.rules());
	}

	@PostMapping("/api/admin/compensation-rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish the next version of a rule, for triggers from effectiveFrom (default now) on; below the rule's floor is 400")
	@Refuses(ProblemCode.VALIDATION_FAILED)
	RuleVersion publish(Caller admin, @Valid @RequestBody NewVersion version) {
		return protection.publish(version.ruleCode(), version.percent(), version.minFen(), version.maxFen(),
				version.effectiveFrom(), admin.actor());
	}
}
