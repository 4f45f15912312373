package com.orderkeep.payment.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Buyers pay their orders; the gateway calls back unauthenticated but signed; the platform sees payment incidents.
 */
@Component
class PaymentEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.forRoles(POST, "/api/orders/*/pay", Role.BUYER),
				EndpointRule.open(POST, "/api/payments/callback"),
				EndpointRule.forRoles(GET, "/api/admin/payment-incidents", Role.ADMIN));
	}
}
