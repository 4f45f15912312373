package com.orderkeep.protection.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * A merchant sees and tops up its own deposit; a buyer claims price protection; the platform publishes the
 * compensation rules and sees the flags its rules raised.
 */
@Component
class ProtectionEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.forRoles(GET, "/api/merchant/deposit", Role.MERCHANT),
				EndpointRule.forRoles(POST, "/api/merchant/deposit/top-up", Role.MERCHANT),
				EndpointRule.forRoles(GET, "/api/admin/compensation-rules", Role.ADMIN),
				EndpointRule.forRoles(POST, "/api/admin/compensation-rules", Role.ADMIN),
				EndpointRule.forRoles(POST, "/api/orders/*/price-protection", Role.BUYER),
				EndpointRule.forRoles(GET, "/api/admin/merchants/*/flags", Role.ADMIN));
	}
}
