package com.orderkeep.inventory.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Anyone may look at a flash sale; merchants open them.
 */
@Component
class FlashSaleEndpoints implements EndpointRules {

	@Override
	public List<EndpointRule> endpointRules() {
		return List.of(
				EndpointRule.open(GET, "/api/flash-sales/*"),
				EndpointRule.forRoles(POST, "/api/merchant/flash-sales", Role.MERCHANT));
	}
}
