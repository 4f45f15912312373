package com.orderkeep.ordering.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Buyers place and manage their orders, merchants fulfil theirs; an order is seen by whoever may see it.
 */
@Component
class OrderEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.forRoles(POST, "/api/orders", Role.BUYER),
				EndpointRule.forRoles(GET, "/api/orders", Role.BUYER),
				EndpointRule.signedIn(GET, "/api/orders/*"),
				EndpointRule.forRoles(POST, "/api/orders/*/cancel", Role.BUYER),
				EndpointRule.forRoles(POST, "/api/orders/*/confirm-receipt", Role.BUYER),
				EndpointRule.forRoles(GET, "/api/merchant/orders", Role.MERCHANT),
				EndpointRule.forRoles(POST, "/api/merchant/orders/*/ship", Role.MERCHANT),
				EndpointRule.forRoles(POST, "/api/merchant/orders/*/cancel", Role.MERCHANT));
	}
}
