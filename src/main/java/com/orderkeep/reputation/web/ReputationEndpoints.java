package com.orderkeep.reputation.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Anyone may see a merchant's reputation; a buyer reviews their own orders.
 */
@Component
class ReputationEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.open(GET, "/api/merchants/*/reputation"),
				EndpointRule.forRoles(POST, "/api/orders/*/review", Role.BUYER));
	}
}
