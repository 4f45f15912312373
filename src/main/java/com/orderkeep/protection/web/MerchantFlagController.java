package com.orderkeep.protection.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.protection.BuyerProtection.MerchantFlag;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Platform")
class MerchantFlagController {

	record Flags(List<MerchantFlag> items) {
	}

	private final BuyerProtection protection;

	MerchantFlagController(BuyerProtection protection) {
		this.protection = protection;
	}

	@GetMapping("/api/admin/merchants/{merchantId}/flags")
	@Operation(summary = "What the platform's rules found the merchant doing (BAD_FAITH_RELIST, …), newest first")
	Flags flags(@PathVariable String merchantId) {
		return new Flags(protection.flags(merchantId));
	}
}
