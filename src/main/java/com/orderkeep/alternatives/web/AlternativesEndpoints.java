package com.orderkeep.alternatives.web;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Anyone may look for alternatives to a product; a buyer, for their own order.
 */
@Component
class AlternativesEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.open(GET, "/api/products/*/alternatives"),
				EndpointRule.forRoles(GET, "/api/orders/*/alternatives", Role.BUYER));
	}
}
